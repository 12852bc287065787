import { sm2, SM2_INITIAL, type Grade, type Sm2State } from "../sm2";
import { sm2GradeToRating } from "./grades";
import { elapsedDays, fsrsRecall, sm2Recall } from "./predict";
import { fsrsNext, newFsrsState, resolveFsrsParams, type FsrsMemoryState, type FsrsParams } from "./scheduler";

/** One review of one card: when (ms since epoch or Date) and the SM-2 grade 0–5. */
export interface ReviewEvent {
  time: Date | number;
  grade: Grade;
}

function chronological(events: readonly ReviewEvent[]): ReviewEvent[] {
  return [...events].sort((a, b) => Number(a.time) - Number(b.time));
}

/** The FSRS memory state after every review, in time order (index i = after review i). */
export function replayFsrsStates(events: readonly ReviewEvent[], params: Partial<FsrsParams> = {}): FsrsMemoryState[] {
  const sorted = chronological(events);
  const out: FsrsMemoryState[] = [];
  if (sorted.length === 0) return out;
  let state = newFsrsState(new Date(Number(sorted[0].time)));
  for (const e of sorted) {
    state = fsrsNext(state, sm2GradeToRating(e.grade), new Date(Number(e.time)), params).state;
    out.push(state);
  }
  return out;
}

/** A card's FSRS memory state from its whole review log (a learner switching SM-2 → FSRS); null if none. */
export function replayFsrs(events: readonly ReviewEvent[], params: Partial<FsrsParams> = {}): FsrsMemoryState | null {
  const states = replayFsrsStates(events, params);
  return states.length ? states[states.length - 1] : null;
}

/** The SM-2 state after every review, in time order. */
export function replaySm2States(events: readonly ReviewEvent[]): Sm2State[] {
  const out: Sm2State[] = [];
  let state: Sm2State = SM2_INITIAL;
  for (const e of chronological(events)) {
    state = sm2(state, e.grade);
    out.push(state);
  }
  return out;
}

/** Predicted recall just before each review after the first (index i ↔ review i + 1). */
export function predictSm2(events: readonly ReviewEvent[]): number[] {
  const sorted = chronological(events);
  const states = replaySm2States(sorted);
  return sorted.slice(1).map((e, i) => sm2Recall(elapsedDays(sorted[i].time, e.time), states[i].intervalDays));
}

/** FSRS-predicted recall just before each review after the first (index i ↔ review i + 1). */
export function predictFsrs(events: readonly ReviewEvent[], params: Partial<FsrsParams> = {}): number[] {
  const w = resolveFsrsParams(params).w;
  const sorted = chronological(events);
  const states = replayFsrsStates(sorted, params);
  return sorted.slice(1).map((e, i) => fsrsRecall(elapsedDays(sorted[i].time, e.time), states[i].stability, w));
}
