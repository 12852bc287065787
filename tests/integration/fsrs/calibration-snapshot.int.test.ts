import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getCalibration } from "@/lib/srs/calibration";
import { getCalibrationView, type Defer } from "@/lib/srs/calibration-snapshot";
import { learnerWithLog, type LogRow } from "@/tests/helpers/review-history";

const T0 = Date.UTC(2026, 5, 1, 10);
const day = (d: number) => T0 + d * 86_400_000;
const NOW = new Date(day(30));

// 24 reviews over 12 cards, the second of each with a logged prediction: enough for the page.
const HISTORY: LogRow[] = Array.from({ length: 12 }, (_, c) => [
  { cardId: `c${c}`, time: day(c), grade: 4 },
  { cardId: `c${c}`, time: day(c + 3), grade: c % 4 ? 4 : 1, predictedR: 0.8 },
]).flat();

/** Collects the work the page would run after its response, to run it when the test says. */
function deferred() {
  const jobs: (() => Promise<void>)[] = [];
  const defer: Defer = (work) => void jobs.push(work);
  return {
    defer,
    jobs,
    run: async () => {
      await Promise.all(jobs.splice(0).map((j) => j()));
    },
  };
}

async function review(userId: string, questionId: string, grade: number) {
  return db.reviewLog.create({
    data: {
      userId,
      questionId,
      clientRequestId: crypto.randomUUID(),
      grade,
      predictedR: 0.7,
      before: {},
      after: {},
      reviewedAt: new Date(day(29)),
    },
  });
}

describe("the 'Is it working?' page's stored result", () => {
  it("is computed on the first view, then served with no recomputation while nothing changes", async () => {
    const { learner } = await learnerWithLog(HISTORY);
    const d = deferred();
    const first = await getCalibrationView(learner, { now: NOW, defer: d.defer });
    const fresh = await getCalibration(learner, NOW);
    expect(first).toMatchObject({ refreshing: false, newerReviews: 0, reviews: 24, predictions: 12 });
    expect(first.models).toEqual(fresh.models);
    expect(first.workload).toEqual(fresh.workload);

    const again = await getCalibrationView(learner, { now: NOW, defer: d.defer });
    expect(again).toMatchObject({ refreshing: false, reviews: 24 });
    expect(again.computedAt).toEqual(first.computedAt);
    expect(d.jobs).toHaveLength(0);
  });

  it("after a new review shows the stored result marked as refreshing, then the new one once the refresh ran", async () => {
    const { learner, questionOf } = await learnerWithLog(HISTORY);
    const d = deferred();
    await getCalibrationView(learner, { now: NOW, defer: d.defer });
    await review(learner.id, questionOf.get("c0")!, 4);
    await review(learner.id, questionOf.get("c1")!, 1);

    // Two views at once while stale: both are answered from the stored result; one refresh is queued.
    const [a, b] = await Promise.all([
      getCalibrationView(learner, { now: NOW, defer: d.defer }),
      getCalibrationView(learner, { now: NOW, defer: d.defer }),
    ]);
    for (const v of [a, b]) expect(v).toMatchObject({ refreshing: true, newerReviews: 2, reviews: 24 });
    expect(d.jobs).toHaveLength(1);

    await d.run();
    const after = await getCalibrationView(learner, { now: NOW, defer: d.defer });
    expect(after).toMatchObject({ refreshing: false, newerReviews: 0, reviews: 26, predictions: 14 });
    expect(after.models).toEqual((await getCalibration(learner, NOW)).models);
  });

  it("sees an undo (the log's top goes back) and a settings change as changes", async () => {
    const { learner, questionOf } = await learnerWithLog(HISTORY);
    const d = deferred();
    await getCalibrationView(learner, { now: NOW, defer: d.defer });
    const added = await review(learner.id, questionOf.get("c2")!, 4);
    await getCalibrationView(learner, { now: NOW, defer: d.defer });
    await d.run();
    expect(await getCalibrationView(learner, { now: NOW, defer: d.defer })).toMatchObject({ reviews: 25 });

    await db.reviewLog.update({ where: { id: added.id }, data: { undoneAt: new Date() } });
    expect(await getCalibrationView(learner, { now: NOW, defer: d.defer })).toMatchObject({
      refreshing: true,
      newerReviews: 0,
      reviews: 25,
    });
    await d.run();
    expect(await getCalibrationView(learner, { now: NOW, defer: d.defer })).toMatchObject({
      refreshing: false,
      reviews: 24,
    });

    await db.user.update({ where: { id: learner.id }, data: { desiredRetention: 0.95 } });
    // The learner's own setting is shown at once; the numbers follow after the refresh.
    expect(await getCalibrationView(learner, { now: NOW, defer: d.defer })).toMatchObject({
      refreshing: true,
      desiredRetention: 0.95,
    });
    await d.run();
    expect(await getCalibrationView(learner, { now: NOW, defer: d.defer })).toMatchObject({ refreshing: false });
  });

  it("is recomputed when the hour turns, as true retention's windows move with it", async () => {
    const { learner } = await learnerWithLog(HISTORY);
    const d = deferred();
    await getCalibrationView(learner, { now: NOW, defer: d.defer });
    const later = new Date(NOW.getTime() + 3_600_000);
    expect(await getCalibrationView(learner, { now: later, defer: d.defer })).toMatchObject({ refreshing: true });
    expect(d.jobs).toHaveLength(1);
  });
});
