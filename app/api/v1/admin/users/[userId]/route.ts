import { updateUserEp } from "@/lib/api/endpoints/admin";
import { handle } from "@/lib/api/handler";
import { updateUser } from "@/lib/admin/users";

export const PATCH = handle(updateUserEp, ({ user, params, body }) => updateUser(user, params.userId, body));
