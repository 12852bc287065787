import "server-only";
import type PgBoss from "pg-boss";
import { getBoss } from "./boss";
import type { JobData, QueueName } from "./queues";

export interface SendJobOptions {
  /**
   * The idempotency key. While a job with this key waits in a stately or short queue, a second
   * send makes no job (and returns null); the retry policy is the queue's (`QUEUES`).
   */
  singletonKey?: string;
  /** Not before this time (pg-boss compares with the database's clock). */
  startAfter?: Date;
  /** Defaults to the process's sending boss (`getBoss`). */
  boss?: PgBoss;
}

/**
 * Queues one job on a queue of `QUEUES`, durable in Postgres; returns its id, or null when its
 * key already has one waiting. A new kind of job needs only its row in `QUEUES`, e.g. grade
 * passback: `sendJob("grade-passback", { attemptId }, { singletonKey: attemptId })`.
 */
export async function sendJob<Q extends QueueName>(
  queue: Q,
  data: JobData[Q],
  opts: SendJobOptions = {},
): Promise<string | null> {
  const boss = opts.boss ?? (await getBoss());
  const options: PgBoss.SendOptions = {};
  if (opts.singletonKey !== undefined) options.singletonKey = opts.singletonKey;
  if (opts.startAfter !== undefined) options.startAfter = opts.startAfter;
  return boss.send(queue, data, options);
}
