import {
  createEmptyCard,
  default_learning_steps,
  default_relearning_steps,
  default_w,
  fsrs,
  Rating,
  State,
  type Card,
  type FSRS,
  type Grade as FsrsRating,
  type Steps,
} from "ts-fsrs";

export type FsrsStateName = "New" | "Learning" | "Review" | "Relearning";

/** A card's FSRS memory state, JSON-serialisable so one DB row (or JSON column) can hold it. */
export interface FsrsMemoryState {
  stability: number;
  difficulty: number;
  state: FsrsStateName;
  /** Index into the (re)learning steps; 0 outside them. */
  step: number;
  reps: number;
  lapses: number;
  /** ISO-8601 instant of the last review; null for a new card. */
  lastReview: string | null;
  /** ISO-8601 instant the card is next due. */
  due: string;
  /** Whole days the last review scheduled (0 while in same-day steps). */
  scheduledDays: number;
}

export interface FsrsParams {
  /** The 21 FSRS-6 weights. */
  w: readonly number[];
  /** Target probability of recall at the due moment, 0.70–0.97. */
  desiredRetention: number;
  learningSteps: Steps;
  relearningSteps: Steps;
}

export const FSRS_DEFAULT_WEIGHTS: readonly number[] = default_w;
export const MIN_DESIRED_RETENTION = 0.7;
export const MAX_DESIRED_RETENTION = 0.97;

export const FSRS_DEFAULT_PARAMS: Readonly<FsrsParams> = Object.freeze({
  w: default_w,
  desiredRetention: 0.9,
  learningSteps: default_learning_steps,
  relearningSteps: default_relearning_steps,
});

const STATE_NAMES: Record<State, FsrsStateName> = {
  [State.New]: "New",
  [State.Learning]: "Learning",
  [State.Review]: "Review",
  [State.Relearning]: "Relearning",
};

/** Fills defaults and validates; throws RangeError on a bad retention or weight vector. */
export function resolveFsrsParams(params: Partial<FsrsParams> = {}): FsrsParams {
  const resolved = { ...FSRS_DEFAULT_PARAMS, ...params };
  const r = resolved.desiredRetention;
  if (!Number.isFinite(r) || r < MIN_DESIRED_RETENTION || r > MAX_DESIRED_RETENTION)
    throw new RangeError(
      `desiredRetention must be between ${MIN_DESIRED_RETENTION} and ${MAX_DESIRED_RETENTION}, got ${String(r)}`,
    );
  if (resolved.w.length !== 21 || !resolved.w.every(Number.isFinite))
    throw new RangeError(`w must be 21 finite FSRS-6 weights, got ${resolved.w.length}`);
  return resolved;
}

const instances = new Map<string, FSRS>();
// A replay asks for the same params object shape hundreds of thousands of times; resolving and
// keying them each time cost about a third of a replay, so the last answer is kept by identity.
let lastAsked: { w?: readonly number[]; r?: number; ls?: Steps; rs?: Steps; f: FSRS } | null = null;

/** ts-fsrs scheduler for these params; fuzz off so the same history always gives the same due. */
export function fsrsInstance(params: Partial<FsrsParams> = {}): FSRS {
  const l = lastAsked;
  if (
    l &&
    l.w === params.w &&
    l.r === params.desiredRetention &&
    l.ls === params.learningSteps &&
    l.rs === params.relearningSteps
  )
    return l.f;
  const f = instanceFor(params);
  lastAsked = {
    w: params.w,
    r: params.desiredRetention,
    ls: params.learningSteps,
    rs: params.relearningSteps,
    f,
  };
  return f;
}

function instanceFor(params: Partial<FsrsParams>): FSRS {
  const p = resolveFsrsParams(params);
  const key = JSON.stringify(p);
  let f = instances.get(key);
  if (!f) {
    f = fsrs({
      w: [...p.w],
      request_retention: p.desiredRetention,
      enable_fuzz: false,
      enable_short_term: true,
      learning_steps: p.learningSteps,
      relearning_steps: p.relearningSteps,
    });
    if (instances.size > 64) instances.clear();
    instances.set(key, f);
  }
  return f;
}

export function newFsrsState(now: Date): FsrsMemoryState {
  return fromCard(createEmptyCard(now));
}

const STATES: Record<FsrsStateName, State> = {
  New: State.New,
  Learning: State.Learning,
  Review: State.Review,
  Relearning: State.Relearning,
};

export function toCard(s: FsrsMemoryState): Card {
  if (!Object.hasOwn(STATES, s.state)) throw new RangeError(`unknown FSRS state ${JSON.stringify(s.state)}`);
  // Spread an empty card for ts-fsrs's deprecated fields, which the scheduler no longer reads.
  return {
    ...createEmptyCard(new Date(s.due)),
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    scheduled_days: s.scheduledDays,
    learning_steps: s.step,
    reps: s.reps,
    lapses: s.lapses,
    state: STATES[s.state],
    last_review: s.lastReview === null ? undefined : new Date(s.lastReview),
  };
}

export function fromCard(c: Card): FsrsMemoryState {
  return {
    stability: c.stability,
    difficulty: c.difficulty,
    state: STATE_NAMES[c.state],
    step: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    lastReview: c.last_review ? c.last_review.toISOString() : null,
    due: c.due.toISOString(),
    scheduledDays: c.scheduled_days,
  };
}

export interface FsrsOutcome {
  state: FsrsMemoryState;
  due: Date;
}

/** The memory state after reviewing `state` at `now` with `rating`. */
export function fsrsNext(
  state: FsrsMemoryState,
  rating: FsrsRating,
  now: Date,
  params: Partial<FsrsParams> = {},
): FsrsOutcome {
  const { card } = fsrsInstance(params).next(toCard(state), now, rating);
  return { state: fromCard(card), due: card.due };
}

export type FsrsPreview = Record<"again" | "hard" | "good" | "easy", FsrsOutcome>;

/** The outcome of each of the four ratings at `now`, for the intervals on the grade buttons. */
export function fsrsPreview(state: FsrsMemoryState, now: Date, params: Partial<FsrsParams> = {}): FsrsPreview {
  const preview = fsrsInstance(params).repeat(toCard(state), now);
  const pick = (r: FsrsRating): FsrsOutcome => ({ state: fromCard(preview[r].card), due: preview[r].card.due });
  return { again: pick(Rating.Again), hard: pick(Rating.Hard), good: pick(Rating.Good), easy: pick(Rating.Easy) };
}
