import "server-only";
import PgBoss from "pg-boss";
import { databaseUrl } from "@/lib/env";
import { logger } from "@/lib/observability/log";

export const FIT_QUEUE = "fsrs-fit";
export const WEEKLY_FIT_QUEUE = "fsrs-fit-weekly";
/** Mondays 03:00 UTC: a quiet hour for most learners. */
export const WEEKLY_FIT_CRON = "0 3 * * 1";

export interface FitJobData {
  userId: string;
}

export interface BossOptions {
  connectionString?: string;
  /** The server process keeps the queue (maintenance, cron); a web process only sends. */
  worker?: boolean;
}

/**
 * A PgBoss on the app's database, its queues created. pg-boss keeps its tables in its own
 * `pgboss` schema, so Prisma's `public` schema (and its drift check) never sees them.
 */
export async function startBoss(opts: BossOptions = {}): Promise<PgBoss> {
  const connectionString = opts.connectionString ?? databaseUrl();
  if (!connectionString) throw new Error("DATABASE_URL is not set: the job queue needs the app's database");
  const boss = new PgBoss({
    connectionString,
    max: 3,
    application_name: opts.worker ? "layerwise-jobs" : "layerwise-web-jobs",
    supervise: opts.worker ?? false,
    schedule: opts.worker ?? false,
  });
  boss.on("error", (err) => logger.error({ err }, "jobs: pg-boss error"));
  await boss.start();
  // stately: per learner at most one fit waiting and one running, never two running.
  await boss.createQueue(FIT_QUEUE, {
    name: FIT_QUEUE,
    policy: "stately",
    retryLimit: 3,
    retryDelay: 60,
    retryBackoff: true,
    expireInSeconds: 15 * 60,
  });
  await boss.createQueue(WEEKLY_FIT_QUEUE, { name: WEEKLY_FIT_QUEUE, policy: "short" });
  return boss;
}

const globalForBoss = globalThis as unknown as { layerwiseBoss?: Promise<PgBoss> };

/** The process's one sending PgBoss (started on first use). */
export function getBoss(): Promise<PgBoss> {
  globalForBoss.layerwiseBoss ??= startBoss().catch((err: unknown) => {
    delete globalForBoss.layerwiseBoss;
    throw err;
  });
  return globalForBoss.layerwiseBoss;
}

/** Stops the process's sending PgBoss, if one was started (tests, shutdown). */
export async function stopBoss(): Promise<void> {
  const pending = globalForBoss.layerwiseBoss;
  delete globalForBoss.layerwiseBoss;
  if (pending) await (await pending).stop({ graceful: true, wait: true, timeout: 10_000 });
}
