import { describe, expect, it } from "vitest";
import { loggedOutcomes, replayScores, retentionReviews, type CalibrationRow } from "@/lib/srs/calibration-math";
import { predictFsrs, predictSm2 } from "@/lib/srs/fsrs/replay";
import { seededRandom } from "@/lib/seeded-random";
import type { Grade } from "@/lib/srs/sm2";
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

describe("replayScores on random logs", () => {
  it("gives, card by card, predictSm2 on the scheduled reviews and predictFsrs on all of them", () => {
    const rand = seededRandom(3);
    const rows: CalibrationRow[] = [];
    for (let k = 0; k < 300; k++) {
      let t = Math.floor(rand() * 10 * D);
      for (let i = 0, n = 1 + Math.floor(rand() * 12); i < n; i++) {
        rows.push(
          row({ cardId: `c${k}`, time: t, grade: Math.floor(rand() * 6) as Grade, drill: i > 0 && rand() < 0.2 }),
        );
        t += rand() < 0.3 ? Math.floor(rand() * 90) * 60_000 : Math.floor(rand() * 30 * D);
      }
    }
    rows.sort((a, b) => a.time - b.time);
    const s = replayScores(rows, FSRS_DEFAULT_WEIGHTS);
    const sm2: number[] = [];
    const fsrs: number[] = [];
    for (let k = 0; k < 300; k++) {
      const card = rows.filter((r) => r.cardId === `c${k}`);
      const ev = (rs: CalibrationRow[]) => rs.map((r) => ({ time: r.time, grade: r.grade }));
      sm2.push(...predictSm2(ev(card.filter((r) => !r.drill))));
      fsrs.push(...predictFsrs(ev(card), { w: FSRS_DEFAULT_WEIGHTS }));
    }
    // Cards come in the order of their first review; compare as multisets of predictions.
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    expect(sorted(s.sm2.map((o) => o.p))).toEqual(sorted(sm2));
    sorted(s.fsrs.map((o) => o.p)).forEach((p, i) => expect(Math.abs(p - sorted(fsrs)[i])).toBeLessThan(1e-9));
    expect(s.finalStates).toHaveLength(300);
  });
});
