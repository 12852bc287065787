import { afterAll, describe, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { startBoss } from "@/lib/jobs/boss";
import { QUIZ_SWEEP_CRON } from "@/lib/jobs/quiz-expiry";
import { startQuizWorker } from "@/lib/jobs/quiz-worker";
import { attemptStatus, jobsFor, openAttempt, stopAll, waitFor } from "./helpers";

const started: PgBoss[] = [];
afterAll(() => stopAll(started));

// Its own file, so its database is fresh: pg-boss's cron has never ticked on it, and a worker's
// first cron check (at its start) sends the minute's sweep, if the schedule is already stored
// (as an earlier instance leaves it), rather than 30-60 s later.
describe("the minute cron", () => {
  it("sweeps on its own: an expired attempt that never had a job is finalized with only a worker running", async () => {
    const attempt = await openAttempt(-30_000);
    const earlier = await startBoss();
    await earlier.schedule("quiz-sweep", QUIZ_SWEEP_CRON, {}, { tz: "UTC" });
    await earlier.stop({ graceful: false, wait: true });
    const w = await startQuizWorker({ pollingIntervalSeconds: 0.5 });
    started.push(w);
    await waitFor(
      "the cron's sweep and the job it queued finalized the attempt",
      async () => ((await attemptStatus(attempt.id)) === "EXPIRED" ? true : undefined),
      90_000,
    );
    await waitFor("a sweep sent by the cron completed", async () => {
      const { rows } = await w
        .getDb()
        .executeSql("SELECT 1 FROM pgboss.job WHERE name = 'quiz-sweep' AND state = 'completed'", []);
      return rows.length ? true : undefined;
    });
    const job = await waitFor("the expiry job completed", async () => {
      const [j] = await jobsFor(w, "quiz-expiry", attempt.id);
      return j?.state === "completed" ? j : undefined;
    });
    expect(job.output).toEqual({ state: "finalized" });
  }, 120_000);
});
