import { computeParameters, FSRSBindingItem, FSRSBindingReview } from "@open-spaced-repetition/binding";
import { studyDayOf } from "../study-day";
import { sm2GradeToRating } from "./grades";
import type { ReviewEvent } from "./replay";
import { FSRS_DEFAULT_WEIGHTS } from "./scheduler";

export const MIN_REVIEWS_TO_FIT = 64;

export interface FitOptions {
  /** Learner's time zone: FSRS counts whole study days (04:00 local), like Anki's optimizer. */
  timeZone?: string;
  /** Give up after this many ms (the binding's timeout). */
  timeoutMs?: number;
}

export interface FitResult {
  parameters: number[];
  /** Reviews given (all cards). */
  reviewCount: number;
  /** Training items (one per review after a card's first, once the card has a gap of a day or more). */
  itemCount: number;
  /** False when the defaults came back unfitted; then `reason` says why. */
  fitted: boolean;
  reason: string | null;
  durationMs: number;
}

function dayNumber(time: Date | number, timeZone: string): number {
  const [y, m, d] = studyDayOf(new Date(Number(time)), timeZone)
    .split("-")
    .map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/**
 * fsrs-rs trains on one item per review after a card's first: the card's history up to and
 * including that review, each review carrying the whole days since the previous one (0 for the
 * first, and for same-day steps). The last review of an item is the one it learns to predict.
 */
export function toTrainingItems(histories: readonly (readonly ReviewEvent[])[], timeZone = "UTC"): FSRSBindingItem[] {
  const items: FSRSBindingItem[] = [];
  for (const history of histories) {
    const sorted = [...history].sort((a, b) => Number(a.time) - Number(b.time));
    const reviews: FSRSBindingReview[] = [];
    let prevDay = 0;
    let longTerm = false;
    sorted.forEach((e, i) => {
      const day = dayNumber(e.time, timeZone);
      const deltaT = i === 0 ? 0 : day - prevDay;
      reviews.push(new FSRSBindingReview(sm2GradeToRating(e.grade), deltaT));
      prevDay = day;
      longTerm ||= deltaT > 0;
      // fsrs-rs aborts the whole process (a non-unwinding panic, not an exception) on an item
      // whose reviews are all on one day, so those are never handed to it.
      if (i > 0 && longTerm) items.push(new FSRSBindingItem(reviews.slice()));
    });
  }
  return items;
}

/** Fit FSRS-6 weights to a learner's review histories (one array per card). */
export async function fitFsrs(
  histories: readonly (readonly ReviewEvent[])[],
  options: FitOptions = {},
): Promise<FitResult> {
  const started = performance.now();
  const reviewCount = histories.reduce((n, h) => n + h.length, 0);
  const defaults = (itemCount: number, reason: string): FitResult => ({
    parameters: [...FSRS_DEFAULT_WEIGHTS],
    reviewCount,
    itemCount,
    fitted: false,
    reason,
    durationMs: performance.now() - started,
  });
  if (reviewCount < MIN_REVIEWS_TO_FIT)
    return defaults(0, `only ${reviewCount} reviews; fitting needs at least ${MIN_REVIEWS_TO_FIT}`);
  const items = toTrainingItems(histories, options.timeZone);
  if (items.length === 0) return defaults(items.length, "no review came a day or more after the previous one");
  let parameters: number[];
  try {
    parameters = await computeParameters(items, {
      enableShortTerm: true,
      numRelearningSteps: 1,
      ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
    });
  } catch (err) {
    return defaults(items.length, `the optimizer failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (parameters.length !== 21 || !parameters.every(Number.isFinite))
    return defaults(items.length, `the optimizer returned ${parameters.length} weights, not 21`);
  return {
    parameters,
    reviewCount,
    itemCount: items.length,
    fitted: true,
    reason: null,
    durationMs: performance.now() - started,
  };
}
