import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getCalibration } from "@/lib/srs/calibration";
import { logLoss, rmseBins } from "@/lib/srs/fsrs/metrics";
import { predictFsrs, replayFsrs, type ReviewEvent } from "@/lib/srs/fsrs/replay";
import { FSRS_DEFAULT_WEIGHTS } from "@/lib/srs/fsrs/scheduler";
import { simulateWorkload } from "@/lib/srs/fsrs/simulate";
import { SYNTHETIC_TRUE_WEIGHTS } from "@/lib/srs/fsrs/synthetic";
import { learnerWithLog, type LogRow } from "@/tests/helpers/review-history";

const T0 = Date.UTC(2026, 5, 1, 10);
const day = (d: number) => T0 + d * 86_400_000;
const snap = (repetitions: number, intervalDays: number, isNew = false) => ({ isNew, repetitions, intervalDays });

// A: new → passes next day → fails six days later → a same-day drill; B: new → fails next day;
// C: one review of a mature card. One undone review of A must count nowhere.
const HISTORY: LogRow[] = [
  { cardId: "A", time: day(0), grade: 4, before: snap(0, 0, true) },
  { cardId: "B", time: day(0) + 3_600_000, grade: 5, before: snap(0, 0, true) },
  { cardId: "A", time: day(1), grade: 4, predictedR: 0.9, before: snap(1, 1) },
  { cardId: "B", time: day(1) + 3_600_000, grade: 1, predictedR: 0.12, before: snap(1, 1) },
  { cardId: "A", time: day(3), grade: 0, predictedR: 0.5, before: snap(2, 6), undone: true },
  { cardId: "A", time: day(7), grade: 2, predictedR: 0.85, before: snap(2, 6) },
  { cardId: "A", time: day(7) + 600_000, grade: 4, drill: true, before: snap(0, 1) },
  { cardId: "C", time: day(7.25), grade: 5, predictedR: 0.95, before: snap(5, 30) },
];
const NOW = new Date(day(7.5));

const eventsOf = (card: string): ReviewEvent[] =>
  HISTORY.filter((r) => r.cardId === card && !r.undone).map((r) => ({ time: r.time, grade: r.grade as 0 }));

describe("the 'Is it working?' service", () => {
  it("bins the logged predictions, replays SM-2 without drills and FSRS with them, and counts true retention", async () => {
    const { learner } = await learnerWithLog(HISTORY);
    const c = await getCalibration(learner, NOW);
    expect(c).toMatchObject({ scheduler: "SM2", desiredRetention: 0.9, reviews: 7, predictions: 4, enough: false });

    // 0.12 → bin 2 (forgot), 0.85 → bin 17 (forgot), 0.9 → bin 18 (recalled), 0.95 → bin 19 (recalled)
    const used = c.reliability.filter((b) => b.count > 0);
    expect(used.map((b) => [b.lower, b.count, b.meanPredicted, b.observedRate])).toEqual([
      [0.1, 1, 0.12, 0],
      [0.85, 1, 0.85, 0],
      [0.9, 1, 0.9, 1],
      [0.95, 1, 0.95, 1],
    ]);
    expect(c.reliability).toHaveLength(20);

    // SM-2: A (drill left out) gets 0.9^(1/1) before day 1 and 0.9^(6/6) before day 7; B 0.9^(1/1).
    expect(c.models.sm2.reviews).toBe(3);
    expect(c.models.sm2.logLoss).toBeCloseTo(-(Math.log(0.9) + 2 * Math.log(0.1)) / 3, 10);
    expect(c.models.sm2.rmseBins).toBeCloseTo(0.9 - 1 / 3, 10);

    // FSRS (defaults: no fitted model) replays all three of A's reviews, the drill included.
    const a = eventsOf("A");
    const b = eventsOf("B");
    const pa = predictFsrs(a, { w: FSRS_DEFAULT_WEIGHTS });
    const pb = predictFsrs(b, { w: FSRS_DEFAULT_WEIGHTS });
    const fsrs = [
      { p: pa[0], recalled: true },
      { p: pa[1], recalled: false },
      { p: pa[2], recalled: true },
      { p: pb[0], recalled: false },
    ];
    expect(c.models.fsrs).toMatchObject({ reviews: 4, weights: "default" });
    expect(c.models.fsrs.logLoss).toBeCloseTo(logLoss(fsrs), 10);
    expect(c.models.fsrs.rmseBins).toBeCloseTo(rmseBins(fsrs), 10);

    // Review-state cards only: young A day 1 (pass), B day 1 (fail), A day 7 (fail); mature C (pass).
    expect(c.trueRetention.day.young).toEqual({ passed: 0, total: 1, rate: 0 });
    expect(c.trueRetention.day.mature).toEqual({ passed: 1, total: 1, rate: 1 });
    expect(c.trueRetention.week.young).toEqual({ passed: 1, total: 3, rate: 1 / 3 });
    expect(c.trueRetention.year.all).toEqual({ passed: 2, total: 4, rate: 0.5 });

    // The simulator runs on each card's replayed FSRS state.
    const finals = ["A", "B", "C"].map((k) => replayFsrs(eventsOf(k), { w: FSRS_DEFAULT_WEIGHTS })!);
    expect(c.workload.cards).toBe(3);
    expect(c.workload.rows).toEqual(simulateWorkload(finals, NOW, { w: FSRS_DEFAULT_WEIGHTS }));
    expect(c.workload.rows.map((r) => r.desiredRetention)).toEqual([0.8, 0.85, 0.9, 0.95, 0.97]);
    expect(c.workload.rows[4].total90).toBeGreaterThanOrEqual(c.workload.rows[0].total90);
  });

  it("uses the learner's adopted FSRS weights, and shows nothing of another learner's log", async () => {
    const { learner } = await learnerWithLog(HISTORY);
    await db.fsrsModel.create({
      data: {
        userId: learner.id,
        modelTag: "FSRS-6",
        parameters: [...SYNTHETIC_TRUE_WEIGHTS],
        reviewCount: 7,
        adopted: true,
      },
    });
    await db.user.update({ where: { id: learner.id }, data: { scheduler: "FSRS", desiredRetention: 0.85 } });
    const c = await getCalibration(learner, NOW);
    const pa = predictFsrs(eventsOf("A"), { w: SYNTHETIC_TRUE_WEIGHTS });
    const pb = predictFsrs(eventsOf("B"), { w: SYNTHETIC_TRUE_WEIGHTS });
    const expected = logLoss([
      { p: pa[0], recalled: true },
      { p: pa[1], recalled: false },
      { p: pa[2], recalled: true },
      { p: pb[0], recalled: false },
    ]);
    expect(c).toMatchObject({ scheduler: "FSRS", desiredRetention: 0.85, models: { fsrs: { weights: "fitted" } } });
    expect(c.models.fsrs.logLoss).toBeCloseTo(expected, 10);

    const other = await learnerWithLog([]);
    const empty = await getCalibration(other.learner, NOW);
    expect(empty).toMatchObject({ reviews: 0, predictions: 0, enough: false, workload: { cards: 0 } });
    expect(empty.models.sm2).toEqual({ reviews: 0, logLoss: null, rmseBins: null });
    expect(empty.trueRetention.year.all).toEqual({ passed: 0, total: 0, rate: null });
  });

  it("shows a new review, an undo and a settings change at once", async () => {
    const { learner, questionOf } = await learnerWithLog(HISTORY);
    expect((await getCalibration(learner, NOW)).reviews).toBe(7);
    expect((await getCalibration(learner, NOW)).reviews).toBe(7);
    const added = await db.reviewLog.create({
      data: {
        userId: learner.id,
        questionId: questionOf.get("B")!,
        clientRequestId: "cache-check-1",
        grade: 4,
        predictedR: 0.7,
        before: {},
        after: {},
        reviewedAt: new Date(day(7.4)),
      },
    });
    expect(await getCalibration(learner, NOW)).toMatchObject({ reviews: 8, predictions: 5 });
    await db.reviewLog.update({ where: { id: added.id }, data: { undoneAt: new Date(day(7.45)) } });
    expect(await getCalibration(learner, NOW)).toMatchObject({ reviews: 7, predictions: 4 });
    await db.user.update({ where: { id: learner.id }, data: { desiredRetention: 0.95 } });
    expect((await getCalibration(learner, NOW)).desiredRetention).toBe(0.95);
  });

  it("has enough to show from 20 logged predictions", async () => {
    const rows: LogRow[] = Array.from({ length: 20 }, (_, i) => ({
      cardId: `c${i}`,
      time: day(i),
      grade: 4,
      predictedR: 0.9,
    }));
    const { learner } = await learnerWithLog(rows);
    expect((await getCalibration(learner, NOW)).enough).toBe(true);
    const fewer = await learnerWithLog(rows.slice(1));
    expect((await getCalibration(fewer.learner, NOW)).enough).toBe(false);
  });
});
