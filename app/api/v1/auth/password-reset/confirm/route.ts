import { handle } from "@/lib/api/handler";
import { resetPasswordEp } from "@/lib/api/endpoints/account";
import { resetPassword } from "@/lib/auth/password-reset";

export const POST = handle(resetPasswordEp, async ({ body }) => {
  await resetPassword(body);
  return { message: "Your password has been changed. Sign in with the new one." };
});
