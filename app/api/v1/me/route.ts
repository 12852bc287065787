import { handle } from "@/lib/api/handler";
import { getMe } from "@/lib/api/endpoints/account";
import { toUserDto } from "@/lib/auth/users";

export const GET = handle(getMe, async ({ user }) => toUserDto(user));
