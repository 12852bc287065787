import { describe, expect, it } from "vitest";
import { default_w } from "ts-fsrs";
import { logLoss, reliabilityBins, rmseBins } from "@/lib/srs/fsrs/metrics";
import { fsrsRecall, sm2Recall } from "@/lib/srs/fsrs/predict";

describe("predicted recall", () => {
  it("SM-2 reads its interval as the 90 % point: 0.9^(t/I)", () => {
    expect(sm2Recall(6, 6)).toBeCloseTo(0.9, 12);
    expect(sm2Recall(12, 6)).toBeCloseTo(0.81, 12);
    expect(sm2Recall(1.5, 1)).toBeCloseTo(Math.pow(0.9, 1.5), 12);
    expect(sm2Recall(0, 6)).toBe(1);
  });

  it("FSRS-6 recall is 90 % at t = S and follows the w[20] decay", () => {
    expect(fsrsRecall(10, 10, default_w)).toBeCloseTo(0.9, 6);
    const steep = default_w.map((w, i) => (i === 20 ? 0.6 : w));
    // Same 90 % point, but a larger decay falls faster afterwards.
    expect(fsrsRecall(10, 10, steep)).toBeCloseTo(0.9, 6);
    expect(fsrsRecall(100, 10, steep)).toBeLessThan(fsrsRecall(100, 10, default_w));
    const decay = -default_w[20];
    const factor = Math.pow(0.9, 1 / decay) - 1;
    expect(fsrsRecall(30, 7, default_w)).toBeCloseTo(Math.pow(1 + (factor * 30) / 7, decay), 4);
  });
});

describe("logLoss", () => {
  it("is the mean cross-entropy", () => {
    const value = logLoss([
      { p: 0.8, recalled: true },
      { p: 0.3, recalled: false },
    ]);
    expect(value).toBeCloseTo(-(Math.log(0.8) + Math.log(0.7)) / 2, 12);
  });

  it("clips probabilities to [1e-6, 1 − 1e-6] so a confident miss is finite", () => {
    expect(logLoss([{ p: 1, recalled: false }])).toBeCloseTo(-Math.log(1e-6), 6);
    expect(logLoss([{ p: 0, recalled: true }])).toBeCloseTo(-Math.log(1e-6), 6);
    expect(logLoss([{ p: 1, recalled: true }])).toBeCloseTo(-Math.log(1 - 1e-6), 12);
    expect(logLoss([])).toBeNaN();
  });
});

describe("rmseBins and reliability bins", () => {
  it("is zero when each bin's mean prediction equals its observed rate, else counts the gap", () => {
    const outcomes = [
      { p: 0.5, recalled: true },
      { p: 0.5, recalled: false },
      { p: 0.92, recalled: true },
    ];
    expect(rmseBins(outcomes)).toBeCloseTo(0.08 / Math.sqrt(3), 12); // only the 0.92 bin is off
    expect(
      rmseBins([
        { p: 0.5, recalled: true },
        { p: 0.5, recalled: false },
      ]),
    ).toBe(0);
  });

  it("weights each bin's squared error by its count", () => {
    // bin 0.9–0.95: 3 reviews, mean 0.9, observed 1 → err 0.1; bin 0.2–0.25: 1 review, 0.2 vs 0 → 0.2
    const outcomes = [0.9, 0.9, 0.9].map((p) => ({ p, recalled: true })).concat([{ p: 0.2, recalled: false }]);
    expect(rmseBins(outcomes)).toBeCloseTo(Math.sqrt((3 * 0.01 + 1 * 0.04) / 4), 12);
  });

  it("returns 20 equal-width bins with count, mean predicted and observed rate", () => {
    const bins = reliabilityBins([
      { p: 0.01, recalled: false },
      { p: 0.04, recalled: true },
      { p: 1, recalled: true },
    ]);
    expect(bins).toHaveLength(20);
    expect(bins[0]).toMatchObject({ lower: 0, upper: 0.05, count: 2, observedRate: 0.5 });
    expect(bins[0].meanPredicted).toBeCloseTo(0.025, 12);
    expect(bins[19]).toMatchObject({ count: 1, meanPredicted: 1, observedRate: 1 });
    expect(bins[10]).toMatchObject({ count: 0, meanPredicted: null, observedRate: null });
  });
});
