import { handle } from "@/lib/api/handler";
import { signUp } from "@/lib/api/endpoints/account";
import { createUser } from "@/lib/auth/users";

export const POST = handle(signUp, ({ body }) => createUser(body));
