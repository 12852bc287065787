import { handle } from "@/lib/api/handler";
import { submitAttemptEp } from "@/lib/api/endpoints/quizzes";
import { submitAttempt } from "@/lib/quiz/attempts";
import { getAttemptResult } from "@/lib/quiz/results";

export const POST = handle(submitAttemptEp, async ({ user, params }) => {
  const now = new Date();
  await submitAttempt(user.id, params.attemptId, now);
  return getAttemptResult(user.id, params.attemptId, now);
});
