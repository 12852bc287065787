/**
 * Replays imported reviews onto a card through the live scheduler (scheduleReview: SM-2 with
 * its same-day drills and FSRS beside it), giving exactly the states and log rows grading them
 * here at those moments would have. Pure.
 */
import type { Scheduler } from "@/lib/db/generated/enums";
import type { StateSnapshot } from "@/lib/srs/card-state";
import type { FsrsMemoryState, FsrsParams } from "@/lib/srs/fsrs/scheduler";
import { newFsrsState } from "@/lib/srs/fsrs/scheduler";
import { fsrsMemoryOf, scheduleReview } from "@/lib/srs/schedule-review";
import type { Grade } from "@/lib/srs/sm2";

export interface ImportedReview {
  /** Anki's revlog id: the review's millisecond. */
  revlogId: number;
  grade: Grade;
  durationMs: number | null;
}

export interface ReplayedReview {
  review: ImportedReview;
  reviewedAt: Date;
  before: StateSnapshot;
  after: StateSnapshot;
  drill: boolean;
  predictedR: number | null;
}

export interface ReplayContext {
  timeZone: string;
  scheduler: Scheduler;
  params: FsrsParams;
}

/** The card's states after each review, starting from `start` (with FSRS's memory `fsrsStart`, or derived from it). */
export function replayReviews(
  start: StateSnapshot,
  fsrsStart: FsrsMemoryState | null,
  reviews: readonly ImportedReview[],
  ctx: ReplayContext,
): ReplayedReview[] {
  const out: ReplayedReview[] = [];
  let before = start;
  let fsrs = fsrsStart;
  for (const review of [...reviews].sort((a, b) => a.revlogId - b.revlogId)) {
    const now = new Date(review.revlogId);
    const fsrsBefore = fsrs ?? fsrsMemoryOf(before, now) ?? newFsrsState(now);
    const r = scheduleReview({ before, fsrsBefore, grade: review.grade, now, ...ctx });
    out.push({ review, reviewedAt: now, before, after: r.after, drill: r.drill, predictedR: r.predictedR });
    before = r.after;
    fsrs = null; // from here on the snapshot carries FSRS's state
  }
  return out;
}
