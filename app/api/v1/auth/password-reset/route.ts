import { after } from "next/server";
import { handle } from "@/lib/api/handler";
import { requestPasswordResetEp } from "@/lib/api/endpoints/account";
import { RESET_REQUESTED_MESSAGE, sendResetLink } from "@/lib/auth/password-reset";
import { clientIp } from "@/lib/auth/rate-limit";
import { throttleResetRequest } from "@/lib/auth/reset-throttle";
import { logger } from "@/lib/observability/log";

export const POST = handle(requestPasswordResetEp, async ({ body, req }) => {
  await throttleResetRequest(body.email, clientIp(req.headers));
  // Looking the account up and mailing happen after the answer is sent, so neither the
  // answer nor its timing tells whether the email has an account.
  const work = () =>
    sendResetLink(body.email).catch((err: unknown) =>
      logger.error({ err }, "password-reset: could not send the reset link"),
    );
  try {
    after(work);
  } catch {
    void work(); // outside a Next request scope (tests, scripts)
  }
  return { message: RESET_REQUESTED_MESSAGE };
});
