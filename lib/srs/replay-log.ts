import type { Scheduler } from "@/lib/db/generated/enums";
import { NEW_SNAPSHOT, type StateSnapshot } from "./card-state";
import { replayFsrs, type ReviewEvent } from "./fsrs/replay";
import { newFsrsState, type FsrsParams } from "./fsrs/scheduler";
import { fsrsMemoryOf, scheduleReview } from "./schedule-review";
import type { Grade } from "./sm2";

/** One review as the log holds it: what was graded, and when (the order key is (reviewedAt, clientRequestId)). */
export interface LoggedReview {
  clientRequestId: string;
  grade: Grade;
  reviewedAt: Date;
}

/** A logged review with the columns the replay derives from the reviews before it. */
export interface ReplayedReview extends LoggedReview {
  before: StateSnapshot;
  after: StateSnapshot;
  drill: boolean;
  predictedR: number | null;
}

export interface ReplaySettings {
  scheduler: Scheduler;
  params: FsrsParams;
  timeZone: string;
}

/** A card's log order: time, then clientRequestId, so reviews from two devices at one instant still have one order. */
export function compareReviews(a: LoggedReview, b: LoggedReview): number {
  const dt = a.reviewedAt.getTime() - b.reviewedAt.getTime();
  if (dt !== 0) return dt;
  return a.clientRequestId < b.clientRequestId ? -1 : a.clientRequestId > b.clientRequestId ? 1 : 0;
}

/**
 * Folds reviews (already in log order) through the learner's scheduler, starting from `start`:
 * each step is exactly what recordReview does on-line (scheduleReview on the state the previous
 * step left). `prefix` is the card's log before `start`, used only where the on-line path replays
 * FSRS from the log (a card reviewed before FSRS state was kept).
 */
export function replayReviews(
  reviews: readonly LoggedReview[],
  settings: ReplaySettings,
  start: StateSnapshot = NEW_SNAPSHOT,
  prefix: readonly ReviewEvent[] = [],
): { rows: ReplayedReview[]; final: StateSnapshot } {
  const history: ReviewEvent[] = [...prefix];
  const rows: ReplayedReview[] = [];
  let state = start;
  for (const r of reviews) {
    const now = r.reviewedAt;
    const fsrsBefore = fsrsMemoryOf(state, now) ?? replayFsrs(history, settings.params) ?? newFsrsState(now);
    const s = scheduleReview({
      before: state,
      fsrsBefore,
      grade: r.grade,
      now,
      timeZone: settings.timeZone,
      scheduler: settings.scheduler,
      params: settings.params,
    });
    rows.push({ ...r, before: state, after: s.after, drill: s.drill, predictedR: s.predictedR });
    history.push({ time: now, grade: r.grade });
    state = s.after;
  }
  return { rows, final: state };
}

export interface MergeResult {
  /** The card's whole live log in order, derived columns recomputed from `firstChanged` on. */
  rows: ReplayedReview[];
  final: StateSnapshot;
  /** Index in `rows` of the first row that is new or whose derived columns were recomputed. */
  firstChanged: number;
  /** The clientRequestIds that were not in the log before (each once). */
  inserted: string[];
}

/**
 * Adds reviews to a card's live log (`existing`, in log order, with `current` the card's stored
 * state): a clientRequestId already present is a no-op, so a retried batch changes nothing. The
 * log after the earliest new review is replayed from the state just before it, so the result
 * depends only on the set of reviews, never on the order batches arrive in (for fixed settings).
 * The version only moves forward, so an open tab holding the card gets the usual 409.
 */
export function mergeReviews(
  existing: readonly ReplayedReview[],
  current: StateSnapshot,
  incoming: readonly LoggedReview[],
  settings: ReplaySettings,
): MergeResult {
  const known = new Set(existing.map((r) => r.clientRequestId));
  const fresh: LoggedReview[] = [];
  for (const r of incoming) {
    if (known.has(r.clientRequestId)) continue;
    known.add(r.clientRequestId);
    fresh.push({ clientRequestId: r.clientRequestId, grade: r.grade, reviewedAt: r.reviewedAt });
  }
  if (fresh.length === 0) return { rows: [...existing], final: current, firstChanged: existing.length, inserted: [] };
  const freshIds = new Set(fresh.map((r) => r.clientRequestId));
  const all: LoggedReview[] = [...existing, ...fresh].sort(compareReviews);
  const first = all.findIndex((r) => freshIds.has(r.clientRequestId));
  const kept = existing.slice(0, first);
  // Appending after the whole log starts from the stored state, exactly as an on-line review does.
  const start = first === existing.length ? current : first === 0 ? NEW_SNAPSHOT : kept[first - 1].after;
  const prefix = kept.map((r) => ({ time: r.reviewedAt, grade: r.grade }));
  const { rows, final } = replayReviews(all.slice(first), settings, start, prefix);
  const version = Math.max(final.version, current.version + 1);
  const last = rows[rows.length - 1];
  last.after = { ...last.after, version };
  return {
    rows: [...kept, ...rows],
    final: { ...final, version },
    firstChanged: first,
    inserted: fresh.map((r) => r.clientRequestId),
  };
}
