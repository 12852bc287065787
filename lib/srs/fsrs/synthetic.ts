import { default_w, Rating, type Grade as FsrsRating } from "ts-fsrs";
import { DAY_MS, elapsedDays, fsrsRecall } from "./predict";
import { fsrsNext, newFsrsState } from "./scheduler";
import { seededRandom } from "@/lib/seeded-random";

/** A row of the evaluation CSV: rating 1–4 (Again, Hard, Good, Easy). */
export interface CsvReview {
  cardId: string;
  reviewTime: number;
  rating: FsrsRating;
}

/** The learner's "true" memory: FSRS-6 with lower initial stabilities and a steeper decay. */
export const SYNTHETIC_TRUE_WEIGHTS: readonly number[] = default_w.map((w, i) =>
  i <= 3 ? w * 0.5 : i === 8 ? w * 0.8 : i === 20 ? 0.35 : w,
);

export interface SyntheticOptions {
  seed: number;
  cards: number;
  /** Keep the earliest this many reviews by time. */
  reviews: number;
  start?: number;
  weights?: readonly number[];
  desiredRetention?: number;
}

function ratingFor(recalled: boolean, u: number): FsrsRating {
  if (!recalled) return Rating.Again;
  return u < 0.15 ? Rating.Hard : u < 0.85 ? Rating.Good : Rating.Easy;
}

/**
 * Reviews drawn from a known model: each card is first seen on a random day of the first month,
 * then reviewed when the true model schedules it plus 0–30 % lateness; recall is a Bernoulli draw
 * from the true forgetting curve.
 */
export function generateSyntheticReviews(opts: SyntheticOptions): CsvReview[] {
  const rand = seededRandom(opts.seed);
  const w = opts.weights ?? SYNTHETIC_TRUE_WEIGHTS;
  const params = { w, desiredRetention: opts.desiredRetention ?? 0.9 };
  const start = opts.start ?? Date.UTC(2026, 0, 1, 9);
  const perCard = Math.ceil(opts.reviews / opts.cards);
  const out: CsvReview[] = [];
  for (let c = 0; c < opts.cards; c++) {
    const cardId = `c${String(c).padStart(5, "0")}`;
    let time = start + Math.floor(rand() * 30) * DAY_MS + Math.floor(rand() * 8 * 3_600_000);
    let state = newFsrsState(new Date(time));
    for (let r = 0; r < perCard; r++) {
      const recalled =
        state.lastReview === null
          ? rand() < 0.7
          : rand() < fsrsRecall(elapsedDays(Date.parse(state.lastReview), time), state.stability, w);
      const rating = ratingFor(recalled, rand());
      out.push({ cardId, reviewTime: time, rating });
      const next = fsrsNext(state, rating, new Date(time), params);
      state = next.state;
      const gap = next.due.getTime() - time;
      time = time + gap + Math.floor(gap * 0.3 * rand()) + 60_000;
    }
  }
  out.sort((a, b) => a.reviewTime - b.reviewTime || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0));
  return out.slice(0, opts.reviews);
}

export function toCsv(rows: readonly CsvReview[]): string {
  return (
    ["card_id,review_time,rating", ...rows.map((r) => `${r.cardId},${r.reviewTime},${r.rating}`)].join("\n") + "\n"
  );
}
