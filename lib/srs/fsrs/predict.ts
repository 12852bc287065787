import { forgetting_curve } from "ts-fsrs";

export const DAY_MS = 86_400_000;

/** Fractional days between two instants (ms since epoch or Date). */
export function elapsedDays(from: Date | number, to: Date | number): number {
  return Math.max(0, (Number(to) - Number(from)) / DAY_MS);
}

/**
 * SM-2 has no memory model, so (like srs-benchmark) read its interval as "the moment recall
 * falls to 90 %": R = 0.9^(t/I). An interval below one day (never set by SM-2) is read as one.
 */
export function sm2Recall(elapsed: number, intervalDays: number): number {
  return Math.pow(0.9, Math.max(0, elapsed) / Math.max(1, intervalDays));
}

/** FSRS-6 forgetting curve R(t, S) with the learner's decay w[20]. */
export function fsrsRecall(elapsed: number, stability: number, w: readonly number[]): number {
  return forgetting_curve(w, Math.max(0, elapsed), stability);
}
