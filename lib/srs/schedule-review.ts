import type { Scheduler } from "@/lib/db/generated/enums";
import type { StateSnapshot } from "./card-state";
import { sm2GradeToRating } from "./fsrs/grades";
import { elapsedDays, fsrsRecall, sm2Recall } from "./fsrs/predict";
import {
  fsrsNext,
  fsrsPreview,
  newFsrsState,
  type FsrsMemoryState,
  type FsrsOutcome,
  type FsrsParams,
  type FsrsStateName,
} from "./fsrs/scheduler";
import { previewSm2, sm2Next } from "./preview";
import type { GradePreview } from "./schemas";
import type { Grade } from "./sm2";
import { addDays, startOfStudyDay, studyDayOf } from "./study-day";

/** ReviewState.fsrsPhase holds ts-fsrs's State number. */
export const FSRS_PHASES: readonly FsrsStateName[] = ["New", "Learning", "Review", "Relearning"];
/** Phases in which FSRS brings a card back within the day (short-term steps). */
export const SHORT_TERM_PHASES = [1, 3];

/** The instant the study day containing `now` ends (04:00 local the next day). */
export function endOfStudyDay(now: Date, timeZone: string): Date {
  return startOfStudyDay(addDays(studyDayOf(now, timeZone), 1), timeZone);
}

/** The card's FSRS memory state from a snapshot; null when FSRS has not seen a reviewed card yet. */
export function fsrsMemoryOf(s: StateSnapshot, now: Date): FsrsMemoryState | null {
  if (s.fsrsPhase === null || s.fsrsStability === null || s.fsrsDifficulty === null || !s.fsrsDueAt)
    return s.isNew ? newFsrsState(now) : null;
  return {
    stability: s.fsrsStability,
    difficulty: s.fsrsDifficulty,
    state: FSRS_PHASES[s.fsrsPhase] ?? "New",
    step: s.fsrsStep ?? 0,
    // Counters only: ts-fsrs does not schedule by them.
    reps: s.reviewCount,
    lapses: s.lapses,
    lastReview: s.fsrsLastReviewedAt,
    due: s.fsrsDueAt,
    scheduledDays: 0,
  };
}

/** The snapshot with FSRS's fields set from an outcome (dueAt untouched). */
export function withFsrs(s: StateSnapshot, o: FsrsOutcome): StateSnapshot {
  return {
    ...s,
    fsrsStability: o.state.stability,
    fsrsDifficulty: o.state.difficulty,
    fsrsPhase: FSRS_PHASES.indexOf(o.state.state),
    fsrsStep: o.state.step,
    fsrsDueAt: o.due.toISOString(),
    fsrsLastReviewedAt: o.state.lastReview,
  };
}

/**
 * Recall probability the active scheduler gives the card at `now`, before the answer: SM-2
 * 0.9^(t/I) from lastReviewedAt and intervalDays, FSRS its forgetting curve. Null on a first review.
 */
export function predictedRecall(
  scheduler: Scheduler,
  before: StateSnapshot,
  fsrs: FsrsMemoryState,
  now: Date,
  params: FsrsParams,
): number | null {
  if (before.isNew) return null;
  if (scheduler === "SM2")
    return before.lastReviewedAt
      ? sm2Recall(elapsedDays(new Date(before.lastReviewedAt), now), before.intervalDays)
      : null;
  if (!fsrs.lastReview || fsrs.state === "New") return null;
  return fsrsRecall(elapsedDays(new Date(fsrs.lastReview), now), fsrs.stability, params.w);
}

/** What each grade 0–5 would do under FSRS; `again` = due before this study day ends. */
export function previewFsrs(fsrs: FsrsMemoryState, now: Date, params: FsrsParams, timeZone: string): GradePreview[] {
  const p = fsrsPreview(fsrs, now, params);
  const dayEnd = endOfStudyDay(now, timeZone);
  const byGrade: FsrsOutcome[] = [p.again, p.again, p.again, p.hard, p.good, p.easy];
  return byGrade.map((o, grade) => ({ grade, dueAt: o.due.toISOString(), again: o.due < dayEnd }));
}

export interface ScheduledReview {
  after: StateSnapshot;
  /** An SM-2 same-day drill (never under FSRS, whose short-term steps schedule). */
  drill: boolean;
  predictedR: number | null;
  /** The six grade previews for the card as it is after this review, if it comes back today. */
  next: GradePreview[];
}

/**
 * One review under both models: SM-2's fields as ever (a card already scheduled today is a
 * drill, SM-2 step 7), FSRS's memory state on every review; dueAt follows the active scheduler.
 */
export function scheduleReview(i: {
  before: StateSnapshot;
  fsrsBefore: FsrsMemoryState;
  grade: Grade;
  now: Date;
  timeZone: string;
  scheduler: Scheduler;
  params: FsrsParams;
}): ScheduledReview {
  const { before, grade, now, timeZone, scheduler, params } = i;
  const dayStart = startOfStudyDay(studyDayOf(now, timeZone), timeZone);
  const sm2Drill = !!before.lastReviewedAt && new Date(before.lastReviewedAt) >= dayStart;
  const sm2After = sm2Drill ? { ...before, version: before.version + 1 } : sm2Next(before, grade, now, timeZone);
  const fsrs = fsrsNext(i.fsrsBefore, sm2GradeToRating(grade), now, params);
  const after = withFsrs(sm2After, fsrs);
  if (scheduler === "FSRS") after.dueAt = fsrs.due.toISOString();
  return {
    after,
    drill: scheduler === "SM2" && sm2Drill,
    predictedR: predictedRecall(scheduler, before, i.fsrsBefore, now, params),
    next:
      scheduler === "FSRS" ? previewFsrs(fsrs.state, now, params, timeZone) : previewSm2(after, true, now, timeZone),
  };
}
