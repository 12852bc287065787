import "server-only";
import type PgBoss from "pg-boss";
import type { FitJob } from "@/lib/srs/fsrs-model-schemas";
import { FIT_QUEUE, type FitJobData } from "./boss";
import { sendJob } from "./send";

const OPEN_STATES = ["created", "retry", "active"] as const;

/** The learner's queued, retrying or running fit, newest first; null when there is none. */
export async function findOpenFit(boss: PgBoss, userId: string): Promise<FitJob | null> {
  const { rows } = await boss.getDb().executeSql(
    `SELECT id, state FROM pgboss.job WHERE name = $1 AND singleton_key = $2 AND state = ANY($3::pgboss.job_state[])
       ORDER BY CASE state WHEN 'active' THEN 0 ELSE 1 END, created_on DESC LIMIT 1`,
    [FIT_QUEUE, userId, OPEN_STATES],
  );
  const row = rows[0] as { id: string; state: FitJob["state"] } | undefined;
  return row ? { jobId: row.id, state: row.state } : null;
}

/**
 * Queues a fit for the learner unless one is already queued or running, which is returned
 * instead. The queue's stately policy lets only one job per learner wait, so of two requests
 * racing past the lookup one insert is refused, and that one returns the other's job.
 */
export async function requestFit(boss: PgBoss, userId: string): Promise<FitJob> {
  const open = await findOpenFit(boss, userId);
  if (open) return open;
  const data: FitJobData = { userId };
  const id = await sendJob(FIT_QUEUE, data, { singletonKey: userId, boss });
  if (id) return { jobId: id, state: "created" };
  const raced = await findOpenFit(boss, userId);
  if (!raced) throw new Error(`could not queue a fit for ${userId}`);
  return raced;
}
