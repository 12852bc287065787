import { listUsersEp } from "@/lib/api/endpoints/admin";
import { handle } from "@/lib/api/handler";
import { listUsers } from "@/lib/admin/users";

export const GET = handle(listUsersEp, ({ user, query }) => listUsers(user, query));
