import "server-only";
import type PgBoss from "pg-boss";
import { getBoss } from "./boss";
import { QUEUE_NAMES, type QueueName } from "./queues";

const COUNTED = ["created", "retry", "active", "failed"] as const;
export type QueueDepth = Record<(typeof COUNTED)[number], number>;

/**
 * Jobs per queue and state, for /api/health and metrics: `created` waiting (including ones
 * scheduled for later, such as an open attempt's expiry), `retry` waiting to be tried again,
 * `active` running, `failed` out of tries (kept two weeks). Every queue in `QUEUES` is listed.
 */
export async function jobQueueDepth(boss?: PgBoss): Promise<Record<QueueName, QueueDepth>> {
  const b = boss ?? (await getBoss());
  const { rows } = await b.getDb().executeSql(
    `SELECT name, state::text AS state, count(*)::int AS n FROM pgboss.job
      WHERE name = ANY($1::text[]) AND state = ANY($2::pgboss.job_state[]) GROUP BY name, state`,
    [QUEUE_NAMES, COUNTED],
  );
  const depth = Object.fromEntries(
    QUEUE_NAMES.map((q) => [q, { created: 0, retry: 0, active: 0, failed: 0 }]),
  ) as Record<QueueName, QueueDepth>;
  for (const r of rows as { name: QueueName; state: keyof QueueDepth; n: number }[]) depth[r.name][r.state] = r.n;
  return depth;
}
