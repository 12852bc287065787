import type { Tx } from "@/lib/db/client";
import { pullCardsForward } from "./pull-forward";
import { readReviewOptions } from "./review-options";

/** Answers and submits are accepted up to 2 s after the deadline (network latency), never later. */
export const GRACE_MS = 2000;

/** True once an answer or submit would be refused: the deadline plus the grace has passed. */
export function pastGrace(deadlineAt: Date, now: Date): boolean {
  return now.getTime() > deadlineAt.getTime() + GRACE_MS;
}

/** The latest deadline an attempt may still have and accept answers at `now`. */
export function openSince(now: Date): Date {
  return new Date(now.getTime() - GRACE_MS);
}

interface LockedAttempt {
  id: string;
  userId: string;
  quizId: string;
  status: "IN_PROGRESS" | "SUBMITTED" | "EXPIRED";
  deadlineAt: Date;
  items: unknown;
}

/** Row lock on the attempt, so autosave, submit and the sweep never interleave. */
export async function lockAttempt(tx: Tx, attemptId: string): Promise<LockedAttempt> {
  const rows = await tx.$queryRaw<LockedAttempt[]>`
    SELECT id, "userId", "quizId", status::text AS status, "deadlineAt", items FROM "QuizAttempt" WHERE id = ${attemptId} FOR UPDATE`;
  if (!rows[0]) throw new Error(`attempt ${attemptId} vanished`);
  return rows[0];
}

/**
 * Scores an open attempt on its saved responses and closes it: SUBMITTED when on time,
 * EXPIRED when past the deadline + grace. Every question not fully right becomes due now
 * in the learner's study queue (and its deck joins their study list) — unless the quiz hides
 * the marks right after the attempt: then the cards that came due would say which were wrong.
 * Quiz-only questions are never studied, so they are never pulled forward.
 */
export async function finalizeAttempt(tx: Tx, attemptId: string, now: Date): Promise<void> {
  const attempt = await lockAttempt(tx, attemptId);
  if (attempt.status !== "IN_PROGRESS") return;
  const items = attempt.items as { questionId: string }[];
  const responses = await tx.quizResponse.findMany({ where: { attemptId }, select: { questionId: true, score: true } });
  const scores = new Map(responses.map((r) => [r.questionId, r.score ?? 0]));
  const total = items.reduce((sum, i) => sum + (scores.get(i.questionId) ?? 0), 0);
  const scorePercent = items.length ? Math.round((10000 * total) / items.length) / 100 : 0;
  const quiz = await tx.quiz.findUniqueOrThrow({
    where: { id: attempt.quizId },
    select: { passMarkPercent: true, deckId: true, reviewOptions: true },
  });
  const expired = pastGrace(attempt.deadlineAt, now);
  await tx.quizAttempt.update({
    where: { id: attemptId },
    data: {
      status: expired ? "EXPIRED" : "SUBMITTED",
      submittedAt: expired ? attempt.deadlineAt : now,
      scorePercent,
      passed: scorePercent >= quiz.passMarkPercent,
    },
  });
  if (!readReviewOptions(quiz.reviewOptions).immediately.marks) return;
  const wrong = items.map((i) => i.questionId).filter((id) => (scores.get(id) ?? 0) < 1);
  const studyable = wrong.length
    ? await tx.question.findMany({ where: { id: { in: wrong }, quizOnly: false }, select: { id: true } })
    : [];
  const missed = studyable.map((q) => q.id);
  if (missed.length) {
    await tx.deckEnrollment.createMany({
      data: [{ userId: attempt.userId, deckId: quiz.deckId }],
      skipDuplicates: true,
    });
    await pullCardsForward(tx, attempt.userId, missed, now);
  }
}
