import { handle } from "@/lib/api/handler";
import { signUp } from "@/lib/api/endpoints/account";
import { clientIp } from "@/lib/auth/rate-limit";
import { reserveSignUpAttempt } from "@/lib/auth/sign-up-limit";
import { createUser } from "@/lib/auth/users";

// Counted after the body is valid (a typo is not an attempt) and before the email is looked up.
export const POST = handle(signUp, async ({ body, req }) => {
  await reserveSignUpAttempt(clientIp(req.headers));
  return createUser(body);
});
