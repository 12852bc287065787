/**
 * Whole-test statistics, reproduced from Moodle's quiz statistics report:
 * mod/quiz/report/statistics/classes/calculator.php, calculator::calculate(),
 * median() and sum_of_powers_of_difference_to_mean(). Pure; marks in, marks out.
 */

/** Below this a sum of squared deviations is float noise from equal values, i.e. zero (see docs/STATISTICS.md). */
export function isNoise(x: number, scale: number): boolean {
  return Math.abs(x) <= 1e-12 * Math.max(1, scale * scale);
}

export interface TotalsDescription {
  /** s: the number of attempts. */
  n: number;
  mean: number | null;
  median: number | null;
  standardDeviation: number | null;
  skewness: number | null;
  kurtosis: number | null;
  /** k2, the unbiased variance of the totals: the denominator of the coefficient of internal consistency. */
  k2: number | null;
}

/** calculator::median(): the middle total, or the mean of the middle two for an even count. */
export function median(totals: readonly number[]): number | null {
  const s = totals.length;
  if (!s) return null;
  const sorted = [...totals].sort((a, b) => a - b);
  // Moodle: offset s/2 − 1, limit 2 when s is even; offset floor(s/2), limit 1 when odd.
  return s % 2 === 0 ? (sorted[s / 2 - 1] + sorted[s / 2]) / 2 : sorted[Math.floor(s / 2)];
}

/**
 * calculator::calculate(): mean (AVG(sumgrades)), median, SD = √(Σd² / (s − 1)) for s > 1;
 * for s > 2 the k-statistics k2 = s·m2/(s − 1), k3 = s²·m3/((s − 1)(s − 2)) and skewness
 * k3 / k2^(3/2) when k2 ≠ 0; for s > 3 k4 = s²((s + 1)m4 − 3(s − 1)m2²)/((s − 1)(s − 2)(s − 3))
 * and kurtosis k4 / k2², where m_r = Σd^r / s and d = total − mean.
 */
export function describeTotals(totals: readonly number[]): TotalsDescription {
  const s = totals.length;
  const out: TotalsDescription = {
    n: s,
    mean: null,
    median: null,
    standardDeviation: null,
    skewness: null,
    kurtosis: null,
    k2: null,
  };
  if (s === 0) return out;
  const mean = totals.reduce((a, b) => a + b, 0) / s;
  out.mean = mean;
  out.median = median(totals);
  if (s < 2) return out;
  let power2 = 0;
  let power3 = 0;
  let power4 = 0;
  for (const t of totals) {
    const d = t - mean;
    power2 += d ** 2;
    power3 += d ** 3;
    power4 += d ** 4;
  }
  if (isNoise(power2, mean)) power2 = power3 = power4 = 0;
  out.standardDeviation = Math.sqrt(power2 / (s - 1));
  if (s < 3) return out;
  const m2 = power2 / s;
  const m3 = power3 / s;
  const m4 = power4 / s;
  const k2 = (s * m2) / (s - 1);
  const k3 = (s * s * m3) / ((s - 1) * (s - 2));
  out.k2 = k2;
  if (k2 === 0) return out;
  out.skewness = k3 / Math.pow(k2, 3 / 2);
  if (s > 3) {
    const k4 = (s * s * ((s + 1) * m4 - 3 * (s - 1) * m2 * m2)) / ((s - 1) * (s - 2) * (s - 3));
    out.kurtosis = k4 / (k2 * k2);
  }
  return out;
}

export interface InternalConsistency {
  /** Coefficient of internal consistency (Cronbach's α as a percentage). */
  cic: number | null;
  errorRatio: number | null;
  /** In marks, like the SD it scales. */
  standardError: number | null;
}

/**
 * calculator::calculate(), for p > 1 slots and k2 ≠ 0:
 * cic = (100p / (p − 1)) · (1 − Σ slot mark variance / k2), errorratio = 100·√(1 − cic/100),
 * standarderror = errorratio · SD / 100. Moodle stores a NaN error ratio (cic > 100) as null
 * (calculated::cache()); so does this.
 */
export function internalConsistency(
  p: number,
  sumOfMarkVariance: number,
  totals: Pick<TotalsDescription, "k2" | "standardDeviation">,
): InternalConsistency {
  const none = { cic: null, errorRatio: null, standardError: null };
  const { k2, standardDeviation } = totals;
  if (p <= 1 || k2 === null || k2 === 0 || standardDeviation === null) return none;
  const cic = ((100 * p) / (p - 1)) * (1 - sumOfMarkVariance / k2);
  const errorRatio = 100 * Math.sqrt(1 - cic / 100);
  if (Number.isNaN(errorRatio)) return { cic, errorRatio: null, standardError: null };
  return { cic, errorRatio, standardError: (errorRatio * standardDeviation) / 100 };
}
