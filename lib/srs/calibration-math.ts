import { isRecall } from "./fsrs/grades";
import type { Outcome } from "./fsrs/metrics";
import type { Grade } from "./sm2";
import { fastReplayOrdered } from "./fsrs/fast-replay";
import { predictSm2, type ReviewEvent } from "./fsrs/replay";
import type { FsrsMemoryState } from "./fsrs/scheduler";
import type { RetentionReview } from "./fsrs/true-retention";

/** One logged review as the calibration page reads it (undone rows already left out). */
export interface CalibrationRow {
  cardId: string;
  time: number;
  grade: Grade;
  drill: boolean;
  predictedR: number | null;
  /** From the log's `before` snapshot: was the card new, its repetitions and interval then. */
  beforeNew: boolean;
  beforeRepetitions: number;
  beforeIntervalDays: number;
}

export interface ReplayScores {
  sm2: Outcome[];
  fsrs: Outcome[];
  /** Each card's FSRS memory state after its last review (the workload simulator's input). */
  finalStates: FsrsMemoryState[];
}

/** The logged predictions against what happened (recall = grade ≥ 3), rows without one skipped. */
export function loggedOutcomes(rows: readonly CalibrationRow[]): Outcome[] {
  const out: Outcome[] = [];
  for (const r of rows) if (r.predictedR !== null) out.push({ p: r.predictedR, recalled: isRecall(r.grade) });
  return out;
}

/** One card's reviews in time order, column by column (the replay's whole input). */
export interface ReplayCard {
  times: number[];
  grades: Grade[];
  drills: boolean[];
}

/** Rows grouped by card in the order of each card's first review, each card in time order. */
export function toReplayCards(rows: readonly CalibrationRow[]): ReplayCard[] {
  const cards = new Map<string, CalibrationRow[]>();
  for (const r of rows) {
    let c = cards.get(r.cardId);
    if (!c) cards.set(r.cardId, (c = []));
    c.push(r);
  }
  return [...cards.values()].map((c) => {
    c.sort((a, b) => a.time - b.time);
    return { times: c.map((r) => r.time), grades: c.map((r) => r.grade), drills: c.map((r) => r.drill) };
  });
}

/**
 * What SM-2 and FSRS (with these weights) would have predicted before each review after a
 * card's first, replaying the learner's own log. SM-2 leaves out same-day drills, which it
 * never schedules from; FSRS replays every review, its short-term steps included.
 */
export function replayScores(rows: readonly CalibrationRow[], w: readonly number[]): ReplayScores {
  return replayCards(toReplayCards(rows), w);
}

export function replayCards(cards: readonly ReplayCard[], w: readonly number[]): ReplayScores {
  const scores: ReplayScores = { sm2: [], fsrs: [], finalStates: [] };
  const params = { w };
  for (const { times, grades, drills } of cards) {
    // SM-2 never schedules from a same-day drill, so its replay leaves them out.
    const scheduled: ReviewEvent[] = [];
    for (let i = 0; i < times.length; i++) if (!drills[i]) scheduled.push({ time: times[i], grade: grades[i] });
    predictSm2(scheduled).forEach((p, i) => scores.sm2.push({ p, recalled: isRecall(scheduled[i + 1].grade) }));
    // One replay gives both the predictions and the final state (the same as replayFsrsStates).
    const fsrs = fastReplayOrdered(times, grades, params);
    fsrs.predictions.forEach((p, i) => scores.fsrs.push({ p, recalled: isRecall(grades[i + 1]) }));
    scores.finalStates.push(fsrs.final!);
  }
  return scores;
}

/**
 * The true-retention input: scheduled reviews (drills are same-day steps, as Anki's learning
 * reviews) of cards that had passed at least once (SM-2 repetitions > 0: Anki's review state).
 */
export function retentionReviews(rows: readonly CalibrationRow[]): RetentionReview[] {
  return rows
    .filter((r) => !r.drill)
    .map((r) => ({
      time: r.time,
      passed: isRecall(r.grade),
      state: r.beforeNew ? "New" : r.beforeRepetitions > 0 ? "Review" : "Relearning",
      intervalDays: r.beforeIntervalDays,
    }));
}
