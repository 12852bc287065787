import { DAY_MS } from "./predict";

/** One logged review: when, whether it passed (rating > Again), the state and interval before it. */
export interface RetentionReview {
  time: Date | number;
  passed: boolean;
  /** Card state when it was reviewed; only "Review" counts (Anki excludes learning/new). */
  state: "New" | "Learning" | "Review" | "Relearning";
  /** Interval in days the card had when it was reviewed. */
  intervalDays: number;
}

export const MATURE_INTERVAL_DAYS = 21;
export const RETENTION_PERIODS = { day: 1, week: 7, month: 30, year: 365 } as const;
export type RetentionPeriod = keyof typeof RETENTION_PERIODS;

export interface RetentionCell {
  passed: number;
  total: number;
  /** passed / total; null when there were no reviews. */
  rate: number | null;
}

export type TrueRetentionTable = Record<
  RetentionPeriod,
  { young: RetentionCell; mature: RetentionCell; all: RetentionCell }
>;

function cell(passed: number, total: number): RetentionCell {
  return { passed, total, rate: total ? passed / total : null };
}

/**
 * Anki's "true retention": pass rate of review-state cards, young (interval < 21 days) vs
 * mature, over the last day / week / month / year before `now` (periods are rolling, in days).
 */
export function trueRetention(reviews: readonly RetentionReview[], now: Date | number): TrueRetentionTable {
  const end = Number(now);
  const table = {} as TrueRetentionTable;
  for (const [period, days] of Object.entries(RETENTION_PERIODS) as [RetentionPeriod, number][]) {
    const start = end - days * DAY_MS;
    const counts = { young: [0, 0], mature: [0, 0] };
    for (const r of reviews) {
      const t = Number(r.time);
      if (r.state !== "Review" || t <= start || t > end) continue;
      const c = r.intervalDays >= MATURE_INTERVAL_DAYS ? counts.mature : counts.young;
      c[1]++;
      if (r.passed) c[0]++;
    }
    table[period] = {
      young: cell(counts.young[0], counts.young[1]),
      mature: cell(counts.mature[0], counts.mature[1]),
      all: cell(counts.young[0] + counts.mature[0], counts.young[1] + counts.mature[1]),
    };
  }
  return table;
}
