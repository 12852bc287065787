import "server-only";
import type PgBoss from "pg-boss";
import { db } from "@/lib/db/client";
import { QUEUE_NAMES, type QueueName } from "./queues";

const COUNTED = ["created", "retry", "active", "failed"] as const;
export type QueueDepth = Record<(typeof COUNTED)[number], number>;

/**
 * Jobs per queue and state, for /api/health and metrics: `created` waiting (including ones
 * scheduled for later, such as an open attempt's expiry), `retry` waiting to be tried again,
 * `active` running, `failed` out of tries (kept two weeks). Every queue in `QUEUES` is listed,
 * with zeros before pg-boss has made its schema. Without a `boss` it reads through the app's own
 * pool (health is polled every second or two and must not start a job queue to answer).
 */
export async function jobQueueDepth(boss?: PgBoss): Promise<Record<QueueName, QueueDepth>> {
  const sql = `SELECT name, state::text AS state, count(*)::int AS n FROM pgboss.job
      WHERE name = ANY($1::text[]) AND state::text = ANY($2::text[]) GROUP BY name, state`;
  let rows: { name: QueueName; state: keyof QueueDepth; n: number }[];
  try {
    rows = boss
      ? ((await boss.getDb().executeSql(sql, [QUEUE_NAMES, COUNTED])).rows as typeof rows)
      : await db.$queryRawUnsafe<typeof rows>(sql, QUEUE_NAMES, COUNTED);
  } catch (err) {
    if (
      !/relation "pgboss\.job" does not exist|42P01/.test(
        `${(err as Error).message} ${(err as { code?: string }).code}`,
      )
    )
      throw err;
    rows = [];
  }
  const depth = Object.fromEntries(
    QUEUE_NAMES.map((q) => [q, { created: 0, retry: 0, active: 0, failed: 0 }]),
  ) as Record<QueueName, QueueDepth>;
  for (const r of rows) depth[r.name][r.state] = r.n;
  return depth;
}
