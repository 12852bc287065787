import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { openSince } from "./finalize";

/**
 * While a learner's quiz attempt is open, its questions cannot be checked or graded with an
 * answer elsewhere (study, deck preview): those replies say what is right, which would hand
 * the quiz's answers to the client before submission.
 */
export async function assertNotInOpenAttempt(userId: string, questionId: string, now = new Date()): Promise<void> {
  const open = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "QuizAttempt"
    WHERE "userId" = ${userId} AND status = 'IN_PROGRESS' AND "deadlineAt" > ${openSince(now)}
      AND items @> ${JSON.stringify([{ questionId }])}::jsonb
    LIMIT 1`;
  if (open.length) {
    throw new AppError("CONFLICT", "This question is in your quiz in progress; finish the quiz first.", { details: { attemptId: open[0].id } });
  }
}
