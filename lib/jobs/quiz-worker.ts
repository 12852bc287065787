import "server-only";
import { startBoss, type BossOptions } from "./boss";
import { QUIZ_SWEEP_CRON, runAttemptExpiry, sweepQuizAttempts } from "./quiz-expiry";
import { workEach } from "./work";
import { passBack } from "@/lib/lti/passback";

/**
 * The quiz jobs of one server instance: works due expiry jobs and the minute sweep, and keeps
 * the queue (maintenance, cron). Any number of instances may run it on one database: pg-boss
 * hands each job to one worker (`FOR UPDATE SKIP LOCKED`), the sweep queue's singleton policy
 * lets one sweep run at a time, and its cron sends each tick once across instances.
 */
export async function startQuizWorker(opts: Omit<BossOptions, "worker"> & { pollingIntervalSeconds?: number } = {}) {
  const boss = await startBoss({ ...opts, worker: true });
  const pollingIntervalSeconds = opts.pollingIntervalSeconds ?? 2;
  await workEach(boss, "quiz-expiry", { pollingIntervalSeconds, batchSize: 10 }, ({ attemptId }) =>
    runAttemptExpiry(boss, attemptId),
  );
  await workEach(boss, "quiz-sweep", { pollingIntervalSeconds, batchSize: 1 }, () => sweepQuizAttempts(boss));
  await workEach(boss, "grade-passback", { pollingIntervalSeconds, batchSize: 10 }, ({ attemptId }) =>
    passBack(attemptId),
  );
  await boss.schedule("quiz-sweep", QUIZ_SWEEP_CRON, {}, { tz: "UTC" });
  return boss;
}
