import { afterAll, afterEach, describe, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { startBoss, stopBoss } from "@/lib/jobs/boss";
import { jobQueueDepth } from "@/lib/jobs/depth";
import { expiryDueAt, QUIZ_SWEEP_CRON, scheduleAttemptExpiry, sweepQuizAttempts } from "@/lib/jobs/quiz-expiry";
import { startQuizWorker } from "@/lib/jobs/quiz-worker";
import { sendJob } from "@/lib/jobs/send";
import { db } from "@/lib/db/client";
import { finalizeIfDue } from "@/lib/quiz/sweep";
import { attemptStatus, jobsFor, openAttempt, stopAll, waitFor } from "./helpers";

const started: PgBoss[] = [];
const boss = async () => {
  const b = await startBoss();
  started.push(b);
  return b;
};
const worker = async () => {
  const b = await startQuizWorker({ pollingIntervalSeconds: 0.5 });
  started.push(b);
  return b;
};
// Each test's instances stop with it, so no other test's worker or cron runs meanwhile.
afterEach(() => stopAll(started));
afterAll(() => stopBoss());

const closed = (id: string) => async () => ((await attemptStatus(id)) === "IN_PROGRESS" ? undefined : true);

describe("quiz expiry jobs", () => {
  it("an attempt whose deadline passes is finalized by its job, with no read", async () => {
    const attempt = await openAttempt(4_000);
    const w = await worker();
    // The minute sweep queues the job of an attempt coming due, for its deadline + grace.
    await sendJob("quiz-sweep", {}, { boss: w });
    const [job] = await waitFor("the sweep queued the attempt's job", async () => {
      const jobs = await jobsFor(w, "quiz-expiry", attempt.id);
      return jobs.length ? jobs : undefined;
    });
    expect(job.startAfter.getTime()).toBeGreaterThanOrEqual(expiryDueAt(attempt.deadlineAt).getTime() - 1);

    await waitFor("the job finalized the attempt", closed(attempt.id));
    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(row).toMatchObject({ status: "EXPIRED", submittedAt: attempt.deadlineAt, scorePercent: 0 });
    const [done] = await waitFor("the job completed", async () => {
      const jobs = await jobsFor(w, "quiz-expiry", attempt.id);
      return jobs.every((j) => j.state === "completed") ? jobs : undefined;
    });
    expect(done.output).toEqual({ state: "finalized" });
  });

  it("two instances on one database finalize each expired attempt exactly once", async () => {
    const attempts = await Promise.all([-5_000, -4_000, -3_000, -60_000, -90_000, 1_000].map(openAttempt));
    // Two instances sweep at once, one of them twice: each attempt still gets one job.
    const [a, b] = [await boss(), await boss()];
    await Promise.all([sweepQuizAttempts(a), sweepQuizAttempts(b), sweepQuizAttempts(a)]);
    const jobs = await Promise.all(attempts.map((x) => jobsFor(a, "quiz-expiry", x.id)));
    expect(jobs.map((j) => j.length)).toEqual(attempts.map(() => 1));

    // Two workers on the same database: each job goes to one of them.
    await Promise.all([worker(), worker()]);
    for (const x of attempts) await waitFor(`attempt ${x.id} was finalized`, closed(x.id));
    for (const x of attempts) {
      const done = await waitFor("its jobs finished", async () => {
        const all = await jobsFor(a, "quiz-expiry", x.id);
        return all.every((j) => j.state === "completed") ? all : undefined;
      });
      // A sweep at a worker's start may queue one more job for an attempt being finalized; it finds it closed.
      expect(done.filter((j) => j.output?.state === "finalized")).toHaveLength(1);
    }
    const rows = await db.quizAttempt.findMany({ where: { id: { in: attempts.map((x) => x.id) } } });
    expect(rows.map((r) => [r.status, r.submittedAt])).toEqual(rows.map((r) => ["EXPIRED", r.deadlineAt]));
  });

  it("a finalize run twice at once is a no-op the second time: one score, one set of cards pulled forward", async () => {
    const attempt = await openAttempt(-10_000);
    const outcomes = await Promise.all([finalizeIfDue(attempt.id), finalizeIfDue(attempt.id)]);
    expect(outcomes.map((o) => o.state).sort()).toEqual(["closed", "finalized"]);
    const after = await db.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } });
    const cards = await db.reviewState.findMany({ where: { userId: attempt.userId }, orderBy: { questionId: "asc" } });
    expect(await finalizeIfDue(attempt.id)).toEqual({ state: "closed" });
    expect(await db.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).toEqual(after);
    expect(
      await db.reviewState.findMany({ where: { userId: attempt.userId }, orderBy: { questionId: "asc" } }),
    ).toEqual(cards);
    expect(after.status).toBe("EXPIRED");
  });

  it("a job that runs before the deadline leaves the attempt open and queues itself for the deadline", async () => {
    const attempt = await openAttempt(30_000);
    expect(await finalizeIfDue(attempt.id)).toEqual({ state: "open", deadlineAt: attempt.deadlineAt });
    expect(await attemptStatus(attempt.id)).toBe("IN_PROGRESS");
    expect(await finalizeIfDue("no-such-attempt")).toEqual({ state: "missing" });
  });

  it("a duplicate send with the same key makes one job", async () => {
    const attempt = await openAttempt(60_000);
    const b = await boss();
    const ids = await Promise.all([
      scheduleAttemptExpiry(attempt, b),
      scheduleAttemptExpiry(attempt, b),
      sendJob("quiz-expiry", { attemptId: attempt.id }, { boss: b, singletonKey: attempt.id }),
    ]);
    expect(ids.filter(Boolean)).toHaveLength(1);
    expect(await jobsFor(b, "quiz-expiry", attempt.id)).toHaveLength(1);
    // Another attempt's key is another job.
    const other = await openAttempt(60_000);
    expect(await scheduleAttemptExpiry(other, b)).toEqual(expect.any(String));
  });

  it("the minute sweep catches an attempt whose job was lost", async () => {
    const attempt = await openAttempt(-20_000);
    const sender = await boss();
    const [id] = [await scheduleAttemptExpiry(attempt, sender)];
    expect(id).toEqual(expect.any(String));
    await sender.getDb().executeSql("DELETE FROM pgboss.job WHERE id = $1", [id]);

    const w = await worker();
    const schedules = await w.getSchedules();
    expect(schedules).toContainEqual(expect.objectContaining({ name: "quiz-sweep", cron: QUIZ_SWEEP_CRON }));
    // What the cron sends each minute:
    await sendJob("quiz-sweep", {}, { boss: w });
    await waitFor("the sweep's new job finalized the attempt", closed(attempt.id));
    expect(await attemptStatus(attempt.id)).toBe("EXPIRED");
  });

  it("jobQueueDepth counts each queue's waiting, retrying, running and failed jobs", async () => {
    const attempt = await openAttempt(10 * 60_000);
    const b = await boss();
    const before = await jobQueueDepth(b);
    expect(Object.keys(before).sort()).toEqual([
      "fsrs-fit",
      "fsrs-fit-weekly",
      "grade-passback",
      "quiz-expiry",
      "quiz-sweep",
    ]);
    expect(before["fsrs-fit-weekly"]).toEqual({ created: 0, retry: 0, active: 0, failed: 0 });
    await scheduleAttemptExpiry(attempt, b);
    const after = await jobQueueDepth(b);
    expect(after["quiz-expiry"].created).toBe(before["quiz-expiry"].created + 1);
  });
});
