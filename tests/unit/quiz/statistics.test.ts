import { describe, expect, it } from "vitest";
import { computeQuizStatistics, type MarkMatrix } from "@/lib/quiz/statistics/compute";
import { itemStatistics } from "@/lib/quiz/statistics/item-statistics";
import { describeTotals, internalConsistency, median } from "@/lib/quiz/statistics/test-statistics";
import { selectAttempts } from "@/lib/quiz/statistics/which-attempts";

/**
 * Hand-computed fixture: five attempts at a fixed three-question quiz (x, y, z; max mark 1 each).
 * The arithmetic is written out below; a throwaway exact-fraction Python script agreed with every
 * number (mean 8/5, Σd² 26/5, Σd³ −36/25, Σd⁴ 1322/125, cic 600/13, …).
 *
 *        x  y  z | total  d = total − 1.6
 *   A    1  1  1 |   3     1.4
 *   B    1  0  1 |   2     0.4
 *   C    0  1  0 |   1    −0.6
 *   D    1  1  0 |   2     0.4
 *   E    0  0  0 |   0    −1.6
 */
const ROWS = [
  [1, 1, 1],
  [1, 0, 1],
  [0, 1, 0],
  [1, 1, 0],
  [0, 0, 0],
];
const FIXED: MarkMatrix = { maxMarks: [1, 1, 1], rows: ROWS.map((marks) => ({ marks, order: [0, 1, 2] })) };

describe("test statistics (Moodle calculator::calculate)", () => {
  const stats = computeQuizStatistics(FIXED);

  it("mean, median and SD of the totals", () => {
    expect(stats.n).toBe(5);
    expect(stats.maxTotal).toBe(3);
    expect(stats.mean).toBeCloseTo(1.6, 12); // 8 / 5
    expect(stats.median).toBe(2); // sorted 0 1 [2] 2 3
    // Σd² = 1.96 + 0.16 + 0.36 + 0.16 + 2.56 = 5.2;  SD = √(5.2 / 4) = √1.3
    expect(stats.standardDeviation).toBeCloseTo(1.140175425099138, 12);
  });

  it("skewness and kurtosis from the k-statistics", () => {
    // m2 = 5.2/5 = 1.04, m3 = Σd³/5 = (2.744 + .064 − .216 + .064 − 4.096)/5 = −1.44/5 = −.288,
    // m4 = Σd⁴/5 = (3.8416 + .0256 + .1296 + .0256 + 6.5536)/5 = 10.576/5 = 2.1152
    // k2 = 5·1.04/4 = 1.3;  k3 = 25·(−.288)/(4·3) = −.6;  skewness = −.6 / 1.3^1.5 = −0.404796…
    expect(stats.k2).toBeCloseTo(1.3, 12);
    expect(stats.skewness).toBeCloseTo(-0.40479600891093653, 12);
    // k4 = 25·(6·2.1152 − 3·4·1.04²)/(4·3·2) = 25·(12.6912 − 12.9792)/24 = −.3;  kurtosis = −.3/1.69
    expect(stats.kurtosis).toBeCloseTo(-0.17751479289940827, 12);
  });

  it("coefficient of internal consistency, error ratio and standard error", () => {
    // Each question's marks have variance 1.2/4 = .3, so Σ = .9 over p = 3 slots (the questions).
    // cic = (300/2)·(1 − .9/1.3) = 150·4/13 = 600/13 = 46.1538…
    expect(stats.slotBasis).toBe("questions");
    expect(stats.slots).toBe(3);
    expect(stats.cic).toBeCloseTo(600 / 13, 10);
    // errorratio = 100·√(1 − 6/13) = 100·√(7/13) = 73.3799…;  SE = √(7/13)·√1.3 = √.7
    expect(stats.errorRatio).toBeCloseTo(73.37993857053428, 10);
    expect(stats.standardError).toBeCloseTo(0.8366600265340756, 12);
  });
});

describe("question statistics (Moodle question calculator)", () => {
  const [x, y, z] = computeQuizStatistics(FIXED).items;

  it("facility and SD as percentages of the max mark", () => {
    expect(x.facility).toBeCloseTo(60, 12); // 3/5
    expect(z.facility).toBeCloseTo(40, 12); // 2/5
    // x: Σ(mark − .6)² = 3·.16 + 2·.36 = 1.2 → variance .3, SD √.3 = 54.77 %
    expect(x.markVariance).toBeCloseTo(0.3, 12);
    expect(x.sd).toBeCloseTo(54.77225575051661, 10);
  });

  it("discrimination index: correlation of the mark with the rest of the test", () => {
    // x: marks 1 1 0 1 0 (mean .6), rest = total − mark: 2 1 1 1 0 (mean 1)
    //   d_mark 0.4 0.4 −0.6 0.4 −0.6, d_rest 1 0 0 0 −1 → Σ = .4 + .6 = 1 → cov .25; var(rest) = 2/4 = .5
    //   DI = 100·.25/√(.3·.5) = 64.5497…
    expect(x.discriminationIndex).toBeCloseTo(64.54972243679028, 10);
    // y: marks 1 0 1 1 0, rest 2 2 0 1 0 (mean 1): Σ d·d = .4 − .6 − .4 + 0 + .6 = 0 → DI 0
    expect(y.discriminationIndex).toBeCloseTo(0, 12);
    // z: marks 1 1 0 0 0 (mean .4), rest 2 1 1 2 0 (mean 1.2)
    //   Σ d·d = .48 − .12 + .08 − .32 + .48 = .6 → cov .15;  var(rest) = 2.8/4 = .7
    //   DI = 100·.15/√(.3·.7) = 32.7326…
    expect(z.discriminationIndex).toBeCloseTo(32.732683535398856, 10);
  });

  it("discriminative efficiency: covariance over the covariance of both lists sorted", () => {
    // x: sorted marks 0 0 1 1 1, sorted rest 0 1 1 1 2 → Σ = .6 + 0 + 0 + 0 + .4 = 1 → covmax .25 → 100
    expect(x.discriminativeEfficiency).toBeCloseTo(100, 10);
    // y: cov 0 over covmax (sorted rest 0 0 1 2 2: .6 + .6 + 0 + .4 + .4 = 2 → .5) → 0
    expect(y.discriminativeEfficiency).toBeCloseTo(0, 12);
    // z: sorted marks 0 0 0 1 1, sorted rest 0 1 1 2 2 → .48 + .08 + .08 + .48 + .48 = 1.6 → .4; 100·.15/.4
    expect(z.discriminativeEfficiency).toBeCloseTo(37.5, 10);
  });

  it("scales by the max mark and has no variance from a single attempt", () => {
    const two = itemStatistics(
      [
        { mark: 2, total: 3 },
        { mark: 1, total: 1 },
      ],
      2,
    );
    expect(two.facility).toBeCloseTo(75, 12); // mean 1.5 of 2
    expect(two.sd).toBeCloseTo((Math.SQRT1_2 / 2) * 100, 10); // √(.5/1) / 2
    const one = itemStatistics([{ mark: 1, total: 1 }], 1);
    expect(one).toMatchObject({ n: 1, facility: 100, sd: null, discriminationIndex: null });
    // Everyone right: no mark variance, so no discrimination (Moodle's null, not a division by 0).
    const same = itemStatistics(
      [
        { mark: 1, total: 1 },
        { mark: 1, total: 3 },
      ],
      1,
    );
    expect(same.discriminationIndex).toBeNull();
    expect(same.discriminativeEfficiency).toBeNull();
  });
});

describe("questions drawn at random: slots are positions", () => {
  // Four attempts, each shown 2 of the questions a, b, c (order = as shown):
  //   R1 a=1 b=0 (1) · R2 b=1 c=1 (2) · R3 c=0 a=0 (0) · R4 a=1 c=1 (2)
  const RANDOM: MarkMatrix = {
    maxMarks: [1, 1, 1],
    rows: [
      { marks: [1, 0, null], order: [0, 1] },
      { marks: [null, 1, 1], order: [1, 2] },
      { marks: [0, null, 0], order: [2, 0] },
      { marks: [1, null, 1], order: [0, 2] },
    ],
  };

  it("sums the variances of the first-shown and second-shown marks", () => {
    const s = computeQuizStatistics(RANDOM);
    // totals 1 2 0 2: mean 1.25, Σd² = .0625 + .5625 + 1.5625 + .5625 = 2.75, k2 = 11/12
    expect(s.maxTotal).toBe(2);
    expect(s.k2).toBeCloseTo(11 / 12, 12);
    // slot 1 marks 1 1 0 1 → variance .75/3 = .25; slot 2 marks 0 1 0 1 → 1/3; Σ = 7/12
    // cic = (200/1)·(1 − (7/12)/(11/12)) = 200·4/11;  errorratio = 100·√(3/11);  SE = √(3/11)·√(11/12) = .5
    expect(s.slotBasis).toBe("positions");
    expect(s.cic).toBeCloseTo(800 / 11, 10);
    expect(s.errorRatio).toBeCloseTo(100 * Math.sqrt(3 / 11), 10);
    expect(s.standardError).toBeCloseTo(0.5, 12);
    // a: drawn by R1, R3, R4 → marks 1 0 1: facility 2/3
    expect(s.items[0]).toMatchObject({ n: 3 });
    expect(s.items[0].facility).toBeCloseTo(200 / 3, 10);
  });

  it("has no internal consistency when attempts drew different numbers of questions", () => {
    const uneven: MarkMatrix = { ...RANDOM, rows: [...RANDOM.rows, { marks: [1, null, null], order: [0] }] };
    expect(computeQuizStatistics(uneven)).toMatchObject({ slotBasis: null, cic: null, standardError: null });
  });
});

describe("small samples and helpers", () => {
  it("median of an even count is the mean of the middle two", () => {
    expect(median([3, 0, 1, 2])).toBe(1.5);
    expect(median([])).toBeNull();
  });

  it("no SD below 2 attempts, no skewness below 3, no kurtosis below 4", () => {
    expect(describeTotals([2])).toMatchObject({ n: 1, mean: 2, median: 2, standardDeviation: null });
    expect(describeTotals([1, 3])).toMatchObject({ standardDeviation: Math.SQRT2, skewness: null });
    const three = describeTotals([0, 1, 3]);
    expect(three.skewness).not.toBeNull();
    expect(three.kurtosis).toBeNull();
    // Equal totals: k2 = 0, so neither skewness nor a coefficient of internal consistency.
    expect(describeTotals([2, 2, 2, 2])).toMatchObject({ standardDeviation: 0, skewness: null, kurtosis: null });
    expect(internalConsistency(1, 0.3, { k2: 1, standardDeviation: 1 }).cic).toBeNull();
  });
});

describe("which attempts", () => {
  const a = (userId: string, attemptNumber: number, total: number) => ({ userId, attemptNumber, total });
  const attempts = [a("u", 1, 2), a("u", 2, 3), a("u", 3, 3), a("v", 1, 1)];

  it("highest grade per learner, the earliest on a tie (Moodle's default)", () => {
    expect(selectAttempts(attempts, "highest")).toEqual([a("u", 2, 3), a("v", 1, 1)]);
  });

  it("first, last or all", () => {
    expect(selectAttempts(attempts, "first")).toEqual([a("u", 1, 2), a("v", 1, 1)]);
    expect(selectAttempts(attempts, "last")).toEqual([a("u", 3, 3), a("v", 1, 1)]);
    expect(selectAttempts(attempts, "all")).toHaveLength(4);
  });
});
