import { handle } from "@/lib/api/handler";
import { getMe, updateSettingsEp } from "@/lib/api/endpoints/account";
import { toUserDto, updateSettings } from "@/lib/auth/users";

export const GET = handle(getMe, async ({ user }) => toUserDto(user));
export const PATCH = handle(updateSettingsEp, ({ user, body }) => updateSettings(user.id, body));
