/** A prediction and what happened: p = predicted recall, recalled = rating above Again. */
export interface Outcome {
  p: number;
  recalled: boolean;
}

export const EPS = 1e-6;
export const BIN_COUNT = 20;

/** Mean binary cross-entropy, probabilities clipped to [1e-6, 1 − 1e-6]. NaN for no outcomes. */
export function logLoss(outcomes: readonly Outcome[]): number {
  if (outcomes.length === 0) return NaN;
  let sum = 0;
  for (const { p, recalled } of outcomes) {
    const q = Math.min(1 - EPS, Math.max(EPS, p));
    sum -= recalled ? Math.log(q) : Math.log(1 - q);
  }
  return sum / outcomes.length;
}

export interface ReliabilityBin {
  /** Bin covers predicted recall [lower, upper); the last bin includes 1. */
  lower: number;
  upper: number;
  count: number;
  /** null when the bin is empty. */
  meanPredicted: number | null;
  observedRate: number | null;
}

/** 20 equal-width bins of predicted recall, for a reliability diagram. */
export function reliabilityBins(outcomes: readonly Outcome[]): ReliabilityBin[] {
  const count = new Array<number>(BIN_COUNT).fill(0);
  const sumP = new Array<number>(BIN_COUNT).fill(0);
  const hits = new Array<number>(BIN_COUNT).fill(0);
  for (const { p, recalled } of outcomes) {
    const clipped = Math.min(1, Math.max(0, p));
    const b = Math.min(BIN_COUNT - 1, Math.floor(clipped * BIN_COUNT));
    count[b]++;
    sumP[b] += clipped;
    if (recalled) hits[b]++;
  }
  return count.map((n, b) => ({
    lower: b / BIN_COUNT,
    upper: (b + 1) / BIN_COUNT,
    count: n,
    meanPredicted: n ? sumP[b] / n : null,
    observedRate: n ? hits[b] / n : null,
  }));
}

/** Count-weighted RMS of (mean predicted − observed rate) over the 20 bins. NaN for no outcomes. */
export function rmseBins(outcomes: readonly Outcome[]): number {
  if (outcomes.length === 0) return NaN;
  let sum = 0;
  for (const bin of reliabilityBins(outcomes)) {
    if (bin.count === 0) continue;
    const diff = bin.meanPredicted! - bin.observedRate!;
    sum += bin.count * diff * diff;
  }
  return Math.sqrt(sum / outcomes.length);
}
