import "server-only";
import { db } from "@/lib/db/client";

/** Jobs per queue and state ("created", "retry", "active": the ones not finished yet). */
export type QueueDepth = Record<string, Record<string, number>>;

/**
 * The pg-boss queues' depth, for /api/health. Minimal version kept until run-jobs' lands: one
 * grouped count over pgboss.job; {} when the pgboss schema does not exist yet (no job ever sent).
 */
export async function jobQueueDepth(): Promise<QueueDepth> {
  let rows: { name: string; state: string; n: number }[];
  try {
    rows = await db.$queryRaw`
      SELECT name, state::text AS state, count(*)::int AS n FROM pgboss.job
      WHERE state IN ('created', 'retry', 'active') GROUP BY name, state`;
  } catch (err) {
    if (
      /relation "pgboss\.job" does not exist|42P01/.test(`${(err as Error).message} ${(err as { code?: string }).code}`)
    )
      return {};
    throw err;
  }
  const out: QueueDepth = {};
  for (const r of rows) (out[r.name] ??= {})[r.state] = r.n;
  return out;
}
