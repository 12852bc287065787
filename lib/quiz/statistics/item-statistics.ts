/**
 * Per-question (per-slot) statistics, reproduced from Moodle's question statistics calculator:
 * question/classes/statistics/questions/calculator.php — initial_steps_walker(),
 * initial_question_walker(), secondary_steps_walker() and secondary_question_walker().
 * Pure; one call per question over the attempts that drew it.
 */
import { isNoise } from "./test-statistics";

/** One attempt that drew the question: its mark on it and the attempt's total (Moodle's summarks). */
export interface MarkWithTotal {
  mark: number;
  total: number;
}

export interface ItemStatistics {
  /** s: attempts that drew the question. */
  n: number;
  maxMark: number;
  markAverage: number | null;
  /** markaverage / maxmark × 100. */
  facility: number | null;
  /** Mark SD (s − 1 denominator) as a percentage of the max mark, as Moodle's table shows it. */
  sd: number | null;
  /** Unbiased variance of the marks: what the coefficient of internal consistency sums. */
  markVariance: number | null;
  /** 100 × covariance(mark, rest of test) / √(var(mark) · var(rest)). */
  discriminationIndex: number | null;
  /** 100 × covariance / covariancemax (the covariance of the two lists each sorted ascending). */
  discriminativeEfficiency: number | null;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Moodle's slot statistics: "other marks" are the attempt's total minus this mark (the rest of
 * the test). Variances and covariances divide by s − 1 and exist only for s > 1.
 */
export function itemStatistics(steps: readonly MarkWithTotal[], maxMark: number): ItemStatistics {
  const s = steps.length;
  const marks = steps.map((x) => x.mark);
  const others = steps.map((x) => x.total - x.mark);
  const out: ItemStatistics = {
    n: s,
    maxMark,
    markAverage: null,
    facility: null,
    sd: null,
    markVariance: null,
    discriminationIndex: null,
    discriminativeEfficiency: null,
  };
  if (s === 0) return out;
  const markAverage = sum(marks) / s;
  const otherAverage = sum(others) / s;
  out.markAverage = markAverage;
  out.facility = maxMark !== 0 ? (markAverage / maxMark) * 100 : null;
  if (s < 2) return out;
  // secondary_steps_walker pairs the i-th smallest mark with the i-th smallest other mark for
  // covariancemax: the largest covariance these two lists could have.
  const sortedMarks = [...marks].sort((a, b) => a - b);
  const sortedOthers = [...others].sort((a, b) => a - b);
  let markVarianceSum = 0;
  let otherVarianceSum = 0;
  let covarianceSum = 0;
  let covarianceMaxSum = 0;
  for (let i = 0; i < s; i++) {
    const dm = marks[i] - markAverage;
    const dother = others[i] - otherAverage;
    markVarianceSum += dm * dm;
    otherVarianceSum += dother * dother;
    covarianceSum += dm * dother;
    covarianceMaxSum += (sortedMarks[i] - markAverage) * (sortedOthers[i] - otherAverage);
  }
  if (isNoise(markVarianceSum, maxMark)) markVarianceSum = covarianceSum = covarianceMaxSum = 0;
  if (isNoise(otherVarianceSum, otherAverage)) otherVarianceSum = covarianceSum = covarianceMaxSum = 0;
  const markVariance = markVarianceSum / (s - 1);
  const otherVariance = otherVarianceSum / (s - 1);
  const covariance = covarianceSum / (s - 1);
  const covarianceMax = covarianceMaxSum / (s - 1);
  out.markVariance = markVariance;
  out.sd = maxMark !== 0 ? (Math.sqrt(markVariance) / maxMark) * 100 : null;
  if (markVariance * otherVariance !== 0)
    out.discriminationIndex = (100 * covariance) / Math.sqrt(markVariance * otherVariance);
  if (covarianceMax !== 0) out.discriminativeEfficiency = (100 * covariance) / covarianceMax;
  return out;
}
