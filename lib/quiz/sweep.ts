import { db } from "@/lib/db/client";
import { finalizeAttempt, lockAttempt, openSince, pastGrace } from "./finalize";

/**
 * Finalizes open attempts (optionally of one learner or quiz) past its deadline + grace, scored on what was saved, so
 * history never shows a never-ending attempt. Reads call it (lazy finalize); the job queue
 * finalizes the rest (`lib/jobs/quiz-expiry.ts`). Safe on many instances at once: each
 * attempt is finalized under its row lock, and only once.
 */
export async function finalizeExpired(
  where: { userId?: string; quizId?: string } = {},
  now = new Date(),
): Promise<number> {
  const stale = await db.quizAttempt.findMany({
    where: { ...where, status: "IN_PROGRESS", deadlineAt: { lt: openSince(now) } },
    select: { id: true },
    take: 500,
  });
  for (const { id } of stale) await db.$transaction((tx) => finalizeAttempt(tx, id, now));
  return stale.length;
}

/** What `finalizeIfDue` found: it finalized the attempt, or it was already closed, gone, or still open. */
export type FinalizeOutcome = { state: "finalized" | "closed" | "missing" } | { state: "open"; deadlineAt: Date };

/**
 * Finalizes one attempt if its deadline + grace has passed. Run twice, or by two instances at
 * once, the row lock orders them and the second finds the attempt closed: one score, one
 * pull-forward. An attempt still open (a job that ran early) is left alone and says when it is due.
 */
export async function finalizeIfDue(attemptId: string, now = new Date()): Promise<FinalizeOutcome> {
  return db.$transaction(async (tx) => {
    const found = await tx.quizAttempt.findUnique({ where: { id: attemptId }, select: { id: true } });
    if (!found) return { state: "missing" };
    const attempt = await lockAttempt(tx, attemptId);
    if (attempt.status !== "IN_PROGRESS") return { state: "closed" };
    if (!pastGrace(attempt.deadlineAt, now)) return { state: "open", deadlineAt: attempt.deadlineAt };
    await finalizeAttempt(tx, attemptId, now);
    return { state: "finalized" };
  });
}
