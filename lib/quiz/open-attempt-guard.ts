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
    throw new AppError("CONFLICT", "This question is in your quiz in progress; finish the quiz first.", {
      details: { attemptId: open[0].id },
    });
  }
}

/**
 * The questions of the learner's open attempts (any quiz), so other replies can hold back
 * what would answer them: an earlier attempt's results show keys, right/wrong and
 * explanations of questions that may be drawn again.
 */
export async function questionsInOpenAttempts(
  userId: string,
  now = new Date(),
): Promise<{ attemptId: string; questionIds: Set<string> } | null> {
  const open = await db.$queryRaw<{ id: string; items: { questionId: string }[] }[]>`
    SELECT id, items FROM "QuizAttempt"
    WHERE "userId" = ${userId} AND status = 'IN_PROGRESS' AND "deadlineAt" > ${openSince(now)}
    ORDER BY "startedAt" ASC`;
  if (!open.length) return null;
  return { attemptId: open[0].id, questionIds: new Set(open.flatMap((a) => a.items.map((i) => i.questionId))) };
}
