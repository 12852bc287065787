import { handle } from "@/lib/api/handler";
import { getMe, updateSettingsEp } from "@/lib/api/endpoints/account";
import { toUserDto, updateSettings } from "@/lib/auth/users";

export const GET = handle(getMe, ({ user }) => Promise.resolve(toUserDto(user)));
export const PATCH = handle(updateSettingsEp, ({ user, body }) => updateSettings(user.id, body));
