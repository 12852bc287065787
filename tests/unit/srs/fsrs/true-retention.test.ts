import { describe, expect, it } from "vitest";
import { trueRetention, type RetentionReview } from "@/lib/srs/fsrs/true-retention";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 1, 12);
const at = (daysAgo: number, passed: boolean, intervalDays: number, state: RetentionReview["state"] = "Review") => ({
  time: NOW - daysAgo * DAY,
  passed,
  intervalDays,
  state,
});

describe("trueRetention", () => {
  const reviews = [
    at(0.5, true, 3),
    at(0.5, false, 30),
    at(3, true, 20), // young: 20 < 21
    at(3, true, 21), // mature: 21 ≥ 21
    at(20, false, 10),
    at(200, true, 100),
    at(400, false, 100), // older than a year
    at(0.1, false, 0, "Learning"), // learning and new cards never count
    at(0.1, false, 0, "New"),
    at(0.1, false, 5, "Relearning"),
    { ...at(0, true, 5), time: NOW + DAY }, // after `now`
  ];
  const t = trueRetention(reviews, new Date(NOW));

  it("splits young (< 21 days) and mature (≥ 21) over the last day, week, month and year", () => {
    expect(t.day.young).toEqual({ passed: 1, total: 1, rate: 1 });
    expect(t.day.mature).toEqual({ passed: 0, total: 1, rate: 0 });
    expect(t.week.young).toEqual({ passed: 2, total: 2, rate: 1 });
    expect(t.week.mature).toEqual({ passed: 1, total: 2, rate: 0.5 });
    expect(t.month.young).toMatchObject({ passed: 2, total: 3 });
    expect(t.month.young.rate).toBeCloseTo(2 / 3, 12);
    expect(t.year.mature).toEqual({ passed: 2, total: 3, rate: 2 / 3 });
    expect(t.year.all).toEqual({ passed: 4, total: 6, rate: 4 / 6 });
  });

  it("reports an empty period as null, not 0 %", () => {
    expect(trueRetention([], NOW).day.young).toEqual({ passed: 0, total: 0, rate: null });
  });
});
