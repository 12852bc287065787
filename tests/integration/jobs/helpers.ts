import type PgBoss from "pg-boss";
import { db } from "@/lib/db/client";
import { startAttempt } from "@/lib/quiz/attempts";
import { REVIEW_PRESETS } from "@/lib/quiz/review-options";
import { makeDeck, makeUser } from "@/tests/helpers/factories";

const TIME_LIMIT_SECONDS = 60;

/** A learner's open attempt at a fresh quiz, its deadline `deadlineInMs` from now (negative: past). */
export async function openAttempt(deadlineInMs: number) {
  const owner = await makeUser({ role: "INSTRUCTOR" });
  const learner = await makeUser();
  const deck = await makeDeck(owner.id, { count: 3 });
  const quiz = await db.quiz.create({
    data: {
      deckId: deck.id,
      title: "Quiz",
      questionCount: 2,
      timeLimitSeconds: TIME_LIMIT_SECONDS,
      attemptsAllowed: 1,
      passMarkPercent: 70,
      reviewOptions: REVIEW_PRESETS.AFTER_EACH_ATTEMPT,
    },
  });
  const startedAt = new Date(Date.now() + deadlineInMs - TIME_LIMIT_SECONDS * 1000);
  const view = await startAttempt(learner.id, quiz.id, startedAt);
  return db.quizAttempt.findUniqueOrThrow({ where: { id: view.id } });
}

export const attemptStatus = async (id: string) =>
  (await db.quizAttempt.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

interface JobRow {
  id: string;
  state: string;
  retryCount: number;
  startAfter: Date;
  output: Record<string, unknown> | null;
}

/** Every job the queue has had for this key (pg-boss keeps finished ones in pgboss.job until archived). */
export async function jobsFor(boss: PgBoss, queue: string, key: string): Promise<JobRow[]> {
  const { rows } = await boss.getDb().executeSql(
    `SELECT id, state::text AS state, retry_count AS "retryCount", start_after AS "startAfter", output
       FROM pgboss.job WHERE name = $1 AND singleton_key = $2 ORDER BY created_on`,
    [queue, key],
  );
  return rows as JobRow[];
}

/** Polls until `check` returns a value other than undefined; the message names what never happened. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Stops bosses started by a test file without waiting on their pollers. */
export async function stopAll(bosses: PgBoss[]) {
  for (const b of bosses.splice(0)) await b.stop({ graceful: false, wait: true, timeout: 5_000 });
}
