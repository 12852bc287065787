import { afterAll, describe, expect, it, vi } from "vitest";
import type PgBoss from "pg-boss";
import { jobQueueDepth } from "@/lib/jobs/depth";
import { logger } from "@/lib/observability/log";
import { scheduleAttemptExpiry } from "@/lib/jobs/quiz-expiry";
import { startQuizWorker } from "@/lib/jobs/quiz-worker";
import { attemptStatus, jobsFor, openAttempt, stopAll, waitFor } from "./helpers";

// The finalize fails (as on a dropped connection) for the attempts listed, as many times as listed.
const failuresLeft = new Map<string, number>();
vi.mock("@/lib/quiz/sweep", async (orig) => {
  const real = await orig<typeof import("@/lib/quiz/sweep")>();
  return {
    ...real,
    finalizeIfDue: async (attemptId: string, now?: Date) => {
      const left = failuresLeft.get(attemptId) ?? 0;
      if (left > 0) {
        failuresLeft.set(attemptId, left - 1);
        throw new Error("Connection terminated unexpectedly");
      }
      return real.finalizeIfDue(attemptId, now);
    },
  };
});

const started: PgBoss[] = [];
afterAll(() => stopAll(started));

describe("job retries", () => {
  it("an expiry job that throws is retried with backoff, then succeeds; the failure is logged", async () => {
    const errors = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const attempt = await openAttempt(-10_000);
    failuresLeft.set(attempt.id, 1);
    const w = await startQuizWorker({ pollingIntervalSeconds: 0.5 });
    started.push(w);
    await scheduleAttemptExpiry(attempt, w);

    const failedOnce = await waitFor("the first try failed", async () => {
      const [job] = await jobsFor(w, "quiz-expiry", attempt.id);
      return job?.state === "retry" ? job : undefined;
    });
    expect(await attemptStatus(attempt.id)).toBe("IN_PROGRESS");
    expect(failedOnce.output).toMatchObject({ message: "Connection terminated unexpectedly" });
    expect((await jobQueueDepth(w))["quiz-expiry"].retry).toBeGreaterThanOrEqual(1);
    expect(errors).toHaveBeenCalledWith(
      expect.objectContaining({ err: expect.any(Error), queue: "quiz-expiry" }),
      expect.stringMatching(new RegExp(`quiz-expiry job .* \\(${attempt.id}\\) failed on try 1; it will be retried`)),
    );

    const done = await waitFor("the retry completed", async () => {
      const [job] = await jobsFor(w, "quiz-expiry", attempt.id);
      return job?.state === "completed" ? job : undefined;
    });
    expect(done).toMatchObject({ id: failedOnce.id, retryCount: 1, output: { state: "finalized" } });
    expect(await attemptStatus(attempt.id)).toBe("EXPIRED");
    errors.mockRestore();
  }, 90_000);

  it("a job out of tries stays failed: counted by jobQueueDepth and logged as such", async () => {
    const errors = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const attempt = await openAttempt(-10_000);
    failuresLeft.set(attempt.id, 1);
    const w = await startQuizWorker({ pollingIntervalSeconds: 0.5 });
    started.push(w);
    const before = (await jobQueueDepth(w))["quiz-expiry"].failed;
    // The queue's policy allows retries; this job (as if it had used them up) allows none.
    await w.send("quiz-expiry", { attemptId: attempt.id }, { singletonKey: attempt.id, retryLimit: 0 });

    await waitFor("the job failed", async () => {
      const [job] = await jobsFor(w, "quiz-expiry", attempt.id);
      return job?.state === "failed" ? job : undefined;
    });
    expect((await jobQueueDepth(w))["quiz-expiry"].failed).toBe(before + 1);
    expect(errors).toHaveBeenCalledWith(
      expect.objectContaining({ err: expect.any(Error), queue: "quiz-expiry" }),
      expect.stringMatching(/failed on try 1; no tries left: the job stays failed/),
    );
    errors.mockRestore();
  });
});
