import "server-only";
import type PgBoss from "pg-boss";
import { fitLearner, learnersToFit } from "@/lib/srs/fit-learner";
import { FIT_QUEUE, startBoss, WEEKLY_FIT_CRON, WEEKLY_FIT_QUEUE, type BossOptions } from "./boss";
import { requestFit } from "./fit-queue";
import { workEach } from "./work";

/** Queues a fit for every learner with at least 64 reviews that count; returns how many. */
export async function enqueueWeeklyFits(boss: PgBoss): Promise<number> {
  const learners = await learnersToFit();
  for (const userId of learners) await requestFit(boss, userId);
  return learners.length;
}

/**
 * The server process's queue: works fits one at a time (the optimizer takes a core) and runs
 * the weekly schedule. A fit that throws is retried by pg-boss with backoff; a job left
 * active by a stopped process expires and is retried by the next one.
 */
export async function startFitWorker(opts: Omit<BossOptions, "worker"> & { pollingIntervalSeconds?: number } = {}) {
  const boss = await startBoss({ ...opts, worker: true });
  const polling = { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2, batchSize: 1 };
  await workEach(boss, FIT_QUEUE, polling, ({ userId }) => fitLearner(userId));
  await workEach(boss, WEEKLY_FIT_QUEUE, polling, async () => ({ queued: await enqueueWeeklyFits(boss) }));
  await boss.schedule(WEEKLY_FIT_QUEUE, WEEKLY_FIT_CRON, {}, { tz: "UTC" });
  return boss;
}
