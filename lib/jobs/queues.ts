import type PgBoss from "pg-boss";

/**
 * Every queue the app uses, with its policy, in one table: `startBoss` creates them all, and
 * `sendJob` and `jobQueueDepth` are typed by it. A new kind of job (grade passback, #16) is one
 * row here, one entry in `JobData`, and a `workEach` call in a worker.
 */

/**
 * The default retry policy: 5 more tries after the first, waiting about 5 s, 10 s, 20 s, 40 s
 * and 80 s (pg-boss doubles the delay and adds up to 100 % jitter). A job that still throws is
 * left in the `failed` state (kept two weeks: see `startBoss`), counted by `jobQueueDepth`, and
 * logged by `workEach`.
 */
export const RETRY = { retryLimit: 5, retryDelay: 5, retryBackoff: true } as const;

export const QUEUES = {
  // stately: per learner at most one fit waiting and one running, never two running.
  "fsrs-fit": { policy: "stately", retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 15 * 60 },
  "fsrs-fit-weekly": { policy: "short" },
  // One job per open attempt (singletonKey = attempt id), due when its deadline + grace passes.
  // stately: one waiting and one running per attempt, so a duplicate send is refused.
  "quiz-expiry": { policy: "stately", ...RETRY, expireInSeconds: 60 },
  // The minute cron: schedules the jobs of attempts coming due (and any whose job was lost).
  // singleton: one sweep runs at a time across every instance.
  "quiz-sweep": { policy: "singleton", ...RETRY, expireInSeconds: 120 },
  // LTI grade passback (key = attempt id): retried for about a day (30 s doubling, 12 tries) until the LMS accepts.
  "grade-passback": { policy: "stately", retryLimit: 12, retryDelay: 30, retryBackoff: true, expireInSeconds: 60 },
} satisfies Record<string, Omit<PgBoss.Queue, "name">>;

export type QueueName = keyof typeof QUEUES;
export const QUEUE_NAMES = Object.keys(QUEUES) as QueueName[];

/** What each queue's jobs carry. */
export interface JobData {
  "fsrs-fit": { userId: string };
  "fsrs-fit-weekly": Record<string, never>;
  "quiz-expiry": { attemptId: string };
  "quiz-sweep": Record<string, never>;
  "grade-passback": { attemptId: string };
}
