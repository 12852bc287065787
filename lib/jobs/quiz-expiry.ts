import "server-only";
import type PgBoss from "pg-boss";
import { db } from "@/lib/db/client";
import { queueGradePassback } from "@/lib/lti/passback";
import { GRACE_MS } from "@/lib/quiz/finalize";
import { finalizeIfDue } from "@/lib/quiz/sweep";
import { sendJob } from "./send";

/** Every minute: a safety sweep, coordinated by pg-boss so one instance sends each tick. */
export const QUIZ_SWEEP_CRON = "* * * * *";
/** How far ahead a sweep queues attempts' jobs: past the next tick, so none waits for a tick. */
export const SWEEP_LOOKAHEAD_MS = 2 * 60_000;
const SWEEP_BATCH = 1000;

/** When an attempt's job is due: a second after its deadline + grace, when answers are refused. */
export function expiryDueAt(deadlineAt: Date): Date {
  return new Date(deadlineAt.getTime() + GRACE_MS + 1000);
}

/**
 * Queues the job that finalizes an open attempt once its time is up. Keyed by the attempt id:
 * while its job waits, sending it again (from the attempt's start and every sweep) makes none.
 */
export function scheduleAttemptExpiry(attempt: { id: string; deadlineAt: Date }, boss?: PgBoss) {
  const startAfter = expiryDueAt(attempt.deadlineAt);
  return sendJob("quiz-expiry", { attemptId: attempt.id }, { singletonKey: attempt.id, startAfter, boss });
}

/**
 * One expiry job: finalizes the attempt if its time is up. One that ran early (the instance's
 * clock behind the database's) queues itself again for the deadline it found.
 */
export async function runAttemptExpiry(boss: PgBoss, attemptId: string, now = new Date()) {
  const outcome = await finalizeIfDue(attemptId, now);
  // Closed by this job or before it (a read's lazy finalize): an LTI score goes back either way (idempotent).
  if (outcome.state === "finalized" || outcome.state === "closed") await queueGradePassback(attemptId, boss);
  if (outcome.state !== "open") return outcome;
  await scheduleAttemptExpiry({ id: attemptId, deadlineAt: outcome.deadlineAt }, boss);
  return { state: "rescheduled", deadlineAt: outcome.deadlineAt.toISOString() };
}

/**
 * The minute sweep. It owns no state: it queues the job of every open attempt whose deadline is
 * past or within the lookahead, and the attempt-id key makes that a no-op for attempts whose job
 * already waits. So an attempt whose job was never sent, or was lost, is finalized within a
 * minute; a sweep run twice, or by two instances, queues nothing twice.
 */
export async function sweepQuizAttempts(boss: PgBoss, now = new Date()): Promise<{ open: number; queued: number }> {
  const open = await db.quizAttempt.findMany({
    where: { status: "IN_PROGRESS", deadlineAt: { lt: new Date(now.getTime() + SWEEP_LOOKAHEAD_MS) } },
    select: { id: true, deadlineAt: true },
    orderBy: { deadlineAt: "asc" },
    take: SWEEP_BATCH,
  });
  let queued = 0;
  for (const attempt of open) if (await scheduleAttemptExpiry(attempt, boss)) queued++;
  return { open: open.length, queued };
}
