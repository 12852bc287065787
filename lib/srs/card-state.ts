import type { ReviewState } from "@/lib/db/generated/client";
import { fromE4 } from "./sm2";
import type { CardState } from "./schemas";

/** Snapshot stored in ReviewLog.before/after; restoring it on undo gives the exact state. */
export interface StateSnapshot {
  isNew: boolean;
  repetitions: number;
  easinessE4: number;
  intervalDays: number;
  dueAt: string | null;
  lapses: number;
  reviewCount: number;
  lastReviewedAt: string | null;
  version: number;
  /** FSRS memory state beside SM-2's (null before FSRS saw the card; logs older than FSRS lack them). */
  fsrsStability: number | null;
  fsrsDifficulty: number | null;
  fsrsPhase: number | null;
  fsrsStep: number | null;
  fsrsDueAt: string | null;
  fsrsLastReviewedAt: string | null;
}

const NO_FSRS = {
  fsrsStability: null,
  fsrsDifficulty: null,
  fsrsPhase: null,
  fsrsStep: null,
  fsrsDueAt: null,
  fsrsLastReviewedAt: null,
} as const;

export const NEW_SNAPSHOT: StateSnapshot = {
  isNew: true,
  repetitions: 0,
  easinessE4: 25000,
  intervalDays: 0,
  dueAt: null,
  lapses: 0,
  reviewCount: 0,
  lastReviewedAt: null,
  version: 0,
  ...NO_FSRS,
};

/** FSRS's memory-state columns of a ReviewState row. */
export type FsrsFields = Pick<
  ReviewState,
  "fsrsStability" | "fsrsDifficulty" | "fsrsPhase" | "fsrsStep" | "fsrsDueAt" | "fsrsLastReviewedAt"
>;

/** The state fields a snapshot is made of (a ReviewState row, or the same columns read raw). */
export type StateFields = FsrsFields &
  Pick<
    ReviewState,
    "repetitions" | "easinessE4" | "intervalDays" | "dueAt" | "lapses" | "reviewCount" | "lastReviewedAt" | "version"
  >;

export function snapshotOf(state: StateFields | null): StateSnapshot {
  if (!state) return NEW_SNAPSHOT;
  return {
    isNew: false,
    repetitions: state.repetitions,
    easinessE4: state.easinessE4,
    intervalDays: state.intervalDays,
    dueAt: state.dueAt.toISOString(),
    lapses: state.lapses,
    reviewCount: state.reviewCount,
    lastReviewedAt: state.lastReviewedAt?.toISOString() ?? null,
    version: state.version,
    fsrsStability: state.fsrsStability ?? null,
    fsrsDifficulty: state.fsrsDifficulty ?? null,
    fsrsPhase: state.fsrsPhase ?? null,
    fsrsStep: state.fsrsStep ?? null,
    fsrsDueAt: state.fsrsDueAt?.toISOString() ?? null,
    fsrsLastReviewedAt: state.fsrsLastReviewedAt?.toISOString() ?? null,
  };
}

/** A snapshot read back from a log row: one written before FSRS has no FSRS fields, which means null. */
export function storedSnapshot(json: unknown): StateSnapshot {
  return { ...NO_FSRS, ...(json as Partial<StateSnapshot>) } as StateSnapshot;
}

export function toCardStateDto(questionId: string, s: StateSnapshot): CardState {
  return {
    questionId,
    isNew: s.isNew,
    repetitions: s.repetitions,
    easiness: fromE4(s.easinessE4),
    intervalDays: s.intervalDays,
    dueAt: s.dueAt,
    lapses: s.lapses,
    version: s.version,
    lastReviewedAt: s.lastReviewedAt,
  };
}
