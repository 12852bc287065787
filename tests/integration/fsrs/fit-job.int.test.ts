import { afterAll, describe, expect, it, vi } from "vitest";
import type PgBoss from "pg-boss";
import { call, mockSession, signInAs } from "@/tests/helpers/session";
import { db } from "@/lib/db/client";
import { FIT_QUEUE, startBoss, stopBoss } from "@/lib/jobs/boss";
import { findOpenFit, requestFit } from "@/lib/jobs/fit-queue";
import { enqueueWeeklyFits, startFitWorker } from "@/lib/jobs/fit-worker";
import { fitFsrs } from "@/lib/srs/fsrs/fit";
import { FSRS_DEFAULT_WEIGHTS } from "@/lib/srs/fsrs/scheduler";
import { default_w } from "ts-fsrs";
import { generateSyntheticReviews } from "@/lib/srs/fsrs/synthetic";
import { fitLearner } from "@/lib/srs/fit-learner";
import { POST as fitRoute } from "@/app/api/v1/me/fsrs/fit/route";
import { GET as modelRoute } from "@/app/api/v1/me/fsrs/model/route";
import { fromCsv, learnerWithLog, type LogRow } from "@/tests/helpers/review-history";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));

const started: PgBoss[] = [];
afterAll(async () => {
  for (const b of started) await b.stop({ graceful: false, wait: true, timeout: 5_000 }).catch(() => undefined);
  await stopBoss();
});

const few = (n: number): LogRow[] =>
  Array.from({ length: n }, (_, i) => ({ cardId: `c${i % 5}`, time: Date.UTC(2026, 5, 1 + i), grade: 4 }));

// Forgets much faster than FSRS-6's defaults expect, so a fit has something to learn.
const FAST_FORGETTER = default_w.map((w, i) => (i <= 3 ? w * 0.25 : i === 20 ? 0.5 : w));

async function waitForState(boss: PgBoss, id: string, state: string, ms = 60_000) {
  const until = Date.now() + ms;
  for (;;) {
    const job = await boss.getJobById(FIT_QUEUE, id);
    if (job?.state === state) return job;
    if (Date.now() > until) throw new Error(`job ${id} is ${job?.state}, not ${state}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe("the FSRS fit job", () => {
  it("survives a restart: queued by one instance that stops, completed by the next", async () => {
    const { learner } = await learnerWithLog(few(10));
    const first = await startBoss();
    const job = await requestFit(first, learner.id);
    await first.stop({ graceful: true, wait: true, timeout: 5_000 });

    const worker = await startFitWorker({ pollingIntervalSeconds: 0.5 });
    started.push(worker);
    const done = await waitForState(worker, job.jobId, "completed");
    expect(done.output).toMatchObject({ adopted: false, reviewCount: 10 });
    expect(await db.fsrsModel.count({ where: { userId: learner.id } })).toBe(1);
    await worker.stop({ graceful: true, wait: true, timeout: 5_000 });
  });

  it("two on-demand requests for the same learner give one job; another learner gets their own", async () => {
    const { learner } = await learnerWithLog(few(3));
    const other = await learnerWithLog(few(3));
    signInAs(learner);
    const [a, b] = await Promise.all([
      call(fitRoute, { method: "POST", url: "http://localhost/api/v1/me/fsrs/fit" }),
      call(fitRoute, { method: "POST", url: "http://localhost/api/v1/me/fsrs/fit" }),
    ]);
    expect(a.status).toBe(202);
    expect(b.status).toBe(202);
    expect(a.body).toEqual({ jobId: expect.any(String), state: "created" });
    expect(b.body.jobId).toBe(a.body.jobId);
    const again = await call(fitRoute, { method: "POST", url: "http://localhost/api/v1/me/fsrs/fit" });
    expect(again.body.jobId).toBe(a.body.jobId);

    signInAs(other.learner);
    const theirs = await call(fitRoute, { method: "POST", url: "http://localhost/api/v1/me/fsrs/fit" });
    expect(theirs.body.jobId).not.toBe(a.body.jobId);
    signInAs(null);
    expect((await call(fitRoute, { method: "POST" })).status).toBe(401);
  });

  it("the weekly run queues a fit for each learner with 64 reviews that count, and no one else", async () => {
    const sixtyFour = await learnerWithLog(few(64));
    const withUndone = await learnerWithLog([
      ...few(63),
      { cardId: "c1", time: Date.UTC(2026, 9, 1), grade: 4, undone: true },
    ]);
    const boss = await startBoss();
    started.push(boss);
    const before = await enqueueWeeklyFits(boss);
    expect(await findOpenFit(boss, sixtyFour.learner.id)).toMatchObject({ state: "created" });
    expect(await findOpenFit(boss, withUndone.learner.id)).toBeNull();
    // Run twice (a second tick, or a learner who also asked): still one job each.
    const first = await findOpenFit(boss, sixtyFour.learner.id);
    expect(await enqueueWeeklyFits(boss)).toBe(before);
    expect(await findOpenFit(boss, sixtyFour.learner.id)).toEqual(first);
  });

  it("under 64 reviews: keeps the defaults, stores why, and the model endpoint says so", async () => {
    const { learner } = await learnerWithLog([
      ...few(63),
      { cardId: "c0", time: Date.UTC(2026, 8, 1), grade: 1, undone: true },
    ]);
    const out = await fitLearner(learner.id);
    expect(out).toMatchObject({ adopted: false, reviewCount: 63 });
    expect(out!.reason).toBe("kept the defaults: only 63 reviews; fitting needs at least 64");
    const row = await db.fsrsModel.findFirstOrThrow({ where: { userId: learner.id } });
    expect(row.parameters).toEqual([...FSRS_DEFAULT_WEIGHTS]);
    expect(row).toMatchObject({ modelTag: "FSRS-6", adopted: false, reviewCount: 63, logLoss: null });

    signInAs(learner);
    const res = await call(modelRoute);
    expect(res.status).toBe(200);
    expect(res.body.inUse).toMatchObject({ source: "default", modelId: null, parameters: [...FSRS_DEFAULT_WEIGHTS] });
    expect(res.body.latestAttempt).toMatchObject({ adopted: false, reason: out!.reason, reviewCount: 63 });
  });

  it("a synthetic learner gets an adopted model that predicts their held-out reviews no worse than the defaults", async () => {
    const rows = generateSyntheticReviews({ seed: 7, cards: 80, reviews: 1200, weights: FAST_FORGETTER });
    const { learner } = await learnerWithLog(fromCsv(rows));
    const out = await fitLearner(learner.id);
    expect(out).toMatchObject({ adopted: true, reviewCount: 1200 });
    const row = await db.fsrsModel.findUniqueOrThrow({ where: { id: out!.modelId } });
    expect(row.parameters).toHaveLength(21);
    expect(row.parameters).not.toEqual([...FSRS_DEFAULT_WEIGHTS]);
    expect(row.logLoss!).toBeLessThanOrEqual(row.baselineLogLoss!);
    expect(row.rmseBins).toBeGreaterThanOrEqual(0);

    signInAs(learner);
    const res = await call(modelRoute);
    expect(res.body.inUse).toMatchObject({ source: "fitted", modelId: row.id, parameters: row.parameters });
  });

  it("does not adopt weights that predict the held-out reviews worse than the ones in use", async () => {
    // The learner forgot every card in the last quarter of their reviews (by time), and the
    // weights in use were fitted on every review, those included; a fit that saw only the first
    // 75 % expects those recalls and predicts the held-out quarter far worse.
    const rows = fromCsv(generateSyntheticReviews({ seed: 11, cards: 40, reviews: 400, weights: FAST_FORGETTER }));
    rows.forEach((r, i) => (r.grade = i >= 300 ? 1 : r.grade));
    const { learner, questionOf } = await learnerWithLog(rows);
    const histories = [...new Set(rows.map((r) => r.cardId))].map((c) =>
      rows.filter((r) => r.cardId === c).map((r) => ({ time: r.time, grade: r.grade as 0 | 1 | 2 | 3 | 4 | 5 })),
    );
    const insider = await fitFsrs(histories);
    expect(insider.fitted).toBe(true);
    const inUse = await db.fsrsModel.create({
      data: { userId: learner.id, modelTag: "FSRS-6", parameters: insider.parameters, reviewCount: 400, adopted: true },
    });
    expect(questionOf.size).toBe(40);

    const out = await fitLearner(learner.id);
    expect(out!.adopted).toBe(false);
    expect(out!.reason).toMatch(
      /^kept the current parameters: held-out log loss \d\.\d{4} is worse than their \d\.\d{4}$/,
    );
    const attempt = await db.fsrsModel.findUniqueOrThrow({ where: { id: out!.modelId } });
    expect(attempt.logLoss!).toBeGreaterThan(attempt.baselineLogLoss!);
    signInAs(learner);
    const res = await call(modelRoute);
    expect(res.body.inUse.modelId).toBe(inUse.id);
    expect(res.body.latestAttempt).toMatchObject({ id: attempt.id, adopted: false });
  });
});
