import "server-only";
import type PgBoss from "pg-boss";
import type { JobData, QueueName } from "./queues";
import { logger } from "@/lib/observability/log";

export interface WorkOptions {
  pollingIntervalSeconds?: number;
  /** Jobs fetched per poll; each still completes or fails on its own. */
  batchSize?: number;
}

type Handler<Q extends QueueName> = (data: JobData[Q], job: PgBoss.JobWithMetadata<JobData[Q]>) => Promise<unknown>;

/**
 * Works a queue one job at a time: a job that returns is completed with what it returned (its
 * `output`), one that throws is failed on its own (pg-boss would fail the whole batch) and
 * logged, saying whether the queue's retry policy tries it again or it is left `failed`.
 */
export function workEach<Q extends QueueName>(
  boss: PgBoss,
  queue: Q,
  opts: WorkOptions,
  handler: Handler<Q>,
): Promise<string> {
  return boss.work<JobData[Q]>(queue, { ...opts, includeMetadata: true }, async (jobs) => {
    for (const job of jobs) {
      try {
        await boss.complete(queue, job.id, asOutput(await handler(job.data, job)));
      } catch (err) {
        const error = err instanceof Error ? err : new Error(String(err));
        const last = job.retryCount >= job.retryLimit;
        const key = job.singletonKey ? ` (${job.singletonKey})` : "";
        const next = last ? "no tries left: the job stays failed" : "it will be retried";
        logger.error(
          { err: error, queue, jobId: job.id },
          `jobs: ${queue} job ${job.id}${key} failed on try ${job.retryCount + 1}; ${next}`,
        );
        await boss.fail(queue, job.id, { message: error.message, stack: error.stack });
      }
    }
  });
}

/** pg-boss stores a job's output as a JSON object. */
function asOutput(value: unknown): object | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === "object" && !Array.isArray(value) ? value : { value };
}
