import { describe, expect, it } from "vitest";
import { SM2_INITIAL, sm2, type Grade, type Sm2State } from "@/lib/srs/sm2";

const run = (grades: Grade[], start: Sm2State = SM2_INITIAL) => grades.reduce((s, g) => sm2(s, g), start);

describe("sm2", () => {
  it("starts from repetitions 0, E-Factor 2.5, interval 0", () => {
    expect(SM2_INITIAL).toEqual({ repetitions: 0, easiness: 2.5, intervalDays: 0 });
  });

  it.each([
    // grade, E-Factor after a first review from 2.5 (0.1 − q(0.08 + 0.02q), q = 5 − grade)
    [5, 2.6],
    [4, 2.5],
    [3, 2.36],
  ] as const)("first successful review with grade %i: interval 1, E-Factor %f", (grade, ef) => {
    expect(sm2(SM2_INITIAL, grade)).toEqual({ repetitions: 1, easiness: ef, intervalDays: 1 });
  });

  it.each([0, 1, 2] as const)("grade %i is a failure: repetitions 0, interval 1, E-Factor unchanged", (grade) => {
    expect(sm2({ repetitions: 4, easiness: 2.18, intervalDays: 30 }, grade)).toEqual({
      repetitions: 0,
      easiness: 2.18,
      intervalDays: 1,
    });
  });

  it("second success is 6 days, third is ceil(6 × E-Factor before the update)", () => {
    // 4,4,4: E-Factor stays 2.5; 6 × 2.5 = 15 exactly (no floating-point ceil to 16)
    expect(run([4, 4])).toEqual({ repetitions: 2, easiness: 2.5, intervalDays: 6 });
    expect(run([4, 4, 4])).toEqual({ repetitions: 3, easiness: 2.5, intervalDays: 15 });
    expect(run([4, 4, 4, 4])).toEqual({ repetitions: 4, easiness: 2.5, intervalDays: 38 }); // 15 × 2.5 = 37.5 → 38
  });

  it("uses the E-Factor from before this review when computing the interval", () => {
    // 5,5: EF 2.7 after two reviews; third review with grade 3 uses 2.7 (not 2.56): ceil(6 × 2.7) = 17
    const s = run([5, 5, 3]);
    expect(s.intervalDays).toBe(17);
    expect(s.easiness).toBe(2.56);
  });

  it("rounds fractional intervals up and stores the whole number for the next product", () => {
    // from EF 2.36 after grade 3: intervals 1, 6, ceil(6 × 2.22) = 14 (13.32), then ceil(14 × 2.08) = 30 (29.12)
    const s = run([3, 3, 3, 3]);
    expect(s).toEqual({ repetitions: 4, easiness: 1.94, intervalDays: 30 });
  });

  it("never lets the E-Factor fall below 1.3", () => {
    const s = run([3, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(s.easiness).toBe(1.3);
    expect(sm2({ repetitions: 3, easiness: 1.3, intervalDays: 10 }, 3)).toEqual({
      repetitions: 4,
      easiness: 1.3,
      intervalDays: 13,
    });
  });

  it("failure after a long chain restarts repetitions and keeps the E-Factor", () => {
    const long = run([5, 5, 5, 5, 5, 5]);
    expect(long.repetitions).toBe(6);
    expect(long.intervalDays).toBeGreaterThan(200);
    const failed = sm2(long, 1);
    expect(failed).toEqual({ repetitions: 0, easiness: long.easiness, intervalDays: 1 });
    expect(sm2(failed, 4)).toEqual({ repetitions: 1, easiness: long.easiness, intervalDays: 1 });
  });

  it("accepts any E-Factor ≥ 1.3 and rounds one with more than 4 places", () => {
    expect(sm2({ repetitions: 2, easiness: 1.7777777, intervalDays: 6 }, 4)).toEqual({
      repetitions: 3,
      easiness: 1.7778,
      intervalDays: 11,
    });
    expect(sm2({ repetitions: 2, easiness: 3.1, intervalDays: 6 }, 5).easiness).toBe(3.2);
  });

  it.each([-1, 6, 2.5, Number.NaN, "4" as unknown as number])("refuses grade %s", (grade) => {
    expect(() => sm2(SM2_INITIAL, grade as Grade)).toThrow(RangeError);
  });

  it("refuses an E-Factor below 1.3", () => {
    expect(() => sm2({ repetitions: 1, easiness: 1.29, intervalDays: 1 }, 4)).toThrow(/at least 1.3/);
  });

  it("every grade's E-Factor change matches the published formula", () => {
    for (const grade of [0, 1, 2, 3, 4, 5] as const) {
      const after = sm2({ repetitions: 2, easiness: 2.5, intervalDays: 6 }, grade);
      const q = 5 - grade;
      const expected =
        grade < 3 ? 2.5 : Math.max(1.3, Math.round((2.5 + (0.1 - q * (0.08 + q * 0.02))) * 10000) / 10000);
      expect(after.easiness).toBe(expected);
    }
  });
});

describe("sm2 refuses a corrupt card state instead of scheduling from it", () => {
  it.each([
    ["negative repetitions", { repetitions: -1, easiness: 2.5, intervalDays: 1 }],
    ["fractional repetitions", { repetitions: 1.5, easiness: 2.5, intervalDays: 1 }],
    ["negative interval", { repetitions: 2, easiness: 2.5, intervalDays: -6 }],
    ["fractional interval", { repetitions: 2, easiness: 2.5, intervalDays: 6.5 }],
    ["an E-Factor that is not a number", { repetitions: 2, easiness: Number.NaN, intervalDays: 6 }],
    ["an infinite E-Factor", { repetitions: 2, easiness: Number.POSITIVE_INFINITY, intervalDays: 6 }],
  ])("%s", (_what, state) => {
    expect(() => sm2(state, 4)).toThrow(RangeError);
  });

  it("accepts the edges: grades 0 and 5, E-Factor exactly 1.3, a new card", () => {
    expect(sm2(SM2_INITIAL, 0)).toEqual({ repetitions: 0, easiness: 2.5, intervalDays: 1 });
    expect(sm2(SM2_INITIAL, 5)).toEqual({ repetitions: 1, easiness: 2.6, intervalDays: 1 });
    expect(sm2({ repetitions: 0, easiness: 1.3, intervalDays: 0 }, 2)).toEqual({
      repetitions: 0,
      easiness: 1.3,
      intervalDays: 1,
    });
  });
});
