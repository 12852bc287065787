import "server-only";
import PgBoss from "pg-boss";
import { databaseUrl } from "@/lib/env";
import { QUEUE_NAMES, QUEUES, type JobData, type QueueName } from "./queues";
import { logger } from "@/lib/observability/log";

export const FIT_QUEUE = "fsrs-fit" satisfies QueueName;
export const WEEKLY_FIT_QUEUE = "fsrs-fit-weekly" satisfies QueueName;
/** Mondays 03:00 UTC: a quiet hour for most learners. */
export const WEEKLY_FIT_CRON = "0 3 * * 1";

export type FitJobData = JobData["fsrs-fit"];

export interface BossOptions {
  connectionString?: string;
  /** A worker process keeps the queue (maintenance, cron); a web process only sends. */
  worker?: boolean;
}

/** Failed jobs stay in `pgboss.job` (state `failed`) this long, where `jobQueueDepth` counts them. */
const KEEP_FAILED_SECONDS = 14 * 24 * 3600;

/**
 * The job queue's database: DIRECT_DATABASE_URL when set (a direct connection that bypasses a
 * transaction-mode pooler such as PgBouncer), else DATABASE_URL. pg-boss itself needs no session
 * state (its advisory locks are `pg_advisory_xact_lock`, no LISTEN/NOTIFY: it polls), so the
 * pooled URL works too; the direct one keeps its long-polling workers off the pooler's slots.
 */
export function jobsDatabaseUrl(): string | undefined {
  return process.env.DIRECT_DATABASE_URL || databaseUrl();
}

/**
 * A PgBoss on the app's database, every queue in `QUEUES` created. pg-boss keeps its tables in
 * its own `pgboss` schema, so Prisma's `public` schema (and its drift check) never sees them.
 */
export async function startBoss(opts: BossOptions = {}): Promise<PgBoss> {
  const connectionString = opts.connectionString ?? jobsDatabaseUrl();
  if (!connectionString) throw new Error("DATABASE_URL is not set: the job queue needs the app's database");
  const boss = new PgBoss({
    connectionString,
    max: 3,
    application_name: opts.worker ? "layerwise-jobs" : "layerwise-web-jobs",
    supervise: opts.worker ?? false,
    schedule: opts.worker ?? false,
    archiveFailedAfterSeconds: KEEP_FAILED_SECONDS,
  });
  logErrors(boss);
  await boss.start();
  for (const name of QUEUE_NAMES) await boss.createQueue(name, { name, ...QUEUES[name] });
  return boss;
}

/**
 * Logs the boss's errors until it is asked to stop, each distinct message at most once a minute.
 * Stopping closes its pool while a worker's poll or the cron monitor may still be in flight;
 * those fail with "Cannot use a pool after calling end on the pool" and pg-boss emits them. And
 * with the database gone (it stops before a test server, or restarts), every poller fails every
 * 2 s: one line a minute says so. Nothing is lost: a job cut short is retried.
 */
function logErrors(boss: PgBoss) {
  let stopping = false;
  const lastLogged = new Map<string, number>();
  boss.on("error", (err) => {
    const now = Date.now();
    if (stopping || now - (lastLogged.get(err.message) ?? -Infinity) < 60_000) return;
    lastLogged.set(err.message, now);
    logger.error({ err }, "jobs: pg-boss error");
  });
  const stop = boss.stop.bind(boss);
  boss.stop = (options) => {
    stopping = true;
    return stop(options);
  };
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
