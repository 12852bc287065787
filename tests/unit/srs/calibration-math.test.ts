import { describe, expect, it } from "vitest";
import { loggedOutcomes, replayScores, retentionReviews, type CalibrationRow } from "@/lib/srs/calibration-math";
import { predictFsrs } from "@/lib/srs/fsrs/replay";
import { FSRS_DEFAULT_WEIGHTS } from "@/lib/srs/fsrs/scheduler";

const D = 86_400_000;
const row = (over: Partial<CalibrationRow>): CalibrationRow => ({
  cardId: "a",
  time: 0,
  grade: 4,
  drill: false,
  predictedR: null,
  beforeNew: false,
  beforeRepetitions: 1,
  beforeIntervalDays: 1,
  ...over,
});

describe("calibration helpers", () => {
  it("scores logged predictions only where one was logged; recall is grade 3 or more", () => {
    const rows = [row({ predictedR: 0.8, grade: 3 }), row({ predictedR: null }), row({ predictedR: 0.4, grade: 2 })];
    expect(loggedOutcomes(rows)).toEqual([
      { p: 0.8, recalled: true },
      { p: 0.4, recalled: false },
    ]);
  });

  it("SM-2's replay skips same-day drills; FSRS's replays them; one final state per card", () => {
    const rows = [
      row({ time: 0, grade: 4 }),
      row({ time: 1 * D, grade: 2 }),
      row({ time: 1 * D + 600_000, grade: 4, drill: true }),
      row({ time: 7 * D, grade: 4 }),
      row({ cardId: "b", time: 0, grade: 5 }),
    ];
    const s = replayScores(rows, FSRS_DEFAULT_WEIGHTS);
    // SM-2: interval 1 after the first pass (0.9^1), then a fail resets it to 1 (6 days late: 0.9^6).
    expect(s.sm2.map((o) => o.recalled)).toEqual([false, true]);
    expect(s.sm2[0].p).toBeCloseTo(0.9, 12);
    expect(s.sm2[1].p).toBeCloseTo(0.9 ** 6, 12);
    const fsrs = predictFsrs(
      rows.filter((r) => r.cardId === "a"),
      { w: FSRS_DEFAULT_WEIGHTS },
    );
    expect(s.fsrs.map((o) => o.p)).toEqual(fsrs);
    expect(s.finalStates).toHaveLength(2);
    expect(s.finalStates[1].reps).toBe(1);
  });

  it("true retention reads new cards as New, lapsed ones as Relearning, and leaves drills out", () => {
    const rows = [
      row({ beforeNew: true, beforeRepetitions: 0 }),
      row({ beforeRepetitions: 0, grade: 1 }),
      row({ beforeRepetitions: 3, beforeIntervalDays: 25, grade: 5 }),
      row({ drill: true }),
    ];
    expect(retentionReviews(rows).map((r) => [r.state, r.passed, r.intervalDays])).toEqual([
      ["New", true, 1],
      ["Relearning", false, 1],
      ["Review", true, 25],
    ]);
  });
});
