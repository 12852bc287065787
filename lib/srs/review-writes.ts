import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db/client";
import type { Scheduler } from "@/lib/db/generated/enums";
import type { StateSnapshot } from "./card-state";

export interface NewLog {
  userId: string;
  questionId: string;
  clientRequestId: string;
  grade: number;
  correct: boolean | null;
  drill: boolean;
  before: StateSnapshot;
  after: StateSnapshot;
  durationMs: number | null;
  reviewedAt: Date;
  /** The active scheduler's recall probability just before this answer. */
  predictedR: number | null;
  scheduler: Scheduler;
  /** The question version graded (its current published one). */
  questionVersion: number | null;
}

const ts = (iso: string | null) => (iso ? new Date(iso) : null);

/**
 * One statement: the state moves only if it is still at the version the learner saw, and the
 * log row is written only if it did. A unique violation on the request id rolls back both.
 * Returns the new log id, or null when the version had moved on.
 */
export async function updateStateAndLog(stateId: string, expectedVersion: number, l: NewLog): Promise<bigint | null> {
  const a = l.after;
  const rows = await db.$queryRaw<{ id: bigint }[]>`
    WITH moved AS (
      UPDATE "ReviewState" SET repetitions = ${a.repetitions}, "easinessE4" = ${a.easinessE4}, "intervalDays" = ${a.intervalDays},
        "dueAt" = ${ts(a.dueAt)}, lapses = ${a.lapses}, "reviewCount" = ${a.reviewCount}, "lastReviewedAt" = ${ts(a.lastReviewedAt)},
        version = ${a.version}, "updatedAt" = ${l.reviewedAt}, "fsrsStability" = ${a.fsrsStability},
        "fsrsDifficulty" = ${a.fsrsDifficulty}, "fsrsPhase" = ${a.fsrsPhase}, "fsrsStep" = ${a.fsrsStep},
        "fsrsDueAt" = ${ts(a.fsrsDueAt)}, "fsrsLastReviewedAt" = ${ts(a.fsrsLastReviewedAt)}
      WHERE id = ${stateId} AND version = ${expectedVersion}
      RETURNING id
    )
    INSERT INTO "ReviewLog" ("userId", "questionId", "clientRequestId", grade, correct, drill, before, after, "durationMs", "reviewedAt",
                             "predictedR", scheduler, "questionVersion")
    SELECT ${l.userId}, ${l.questionId}, ${l.clientRequestId}, ${l.grade}, ${l.correct}, ${l.drill}, ${JSON.stringify(l.before)}::jsonb,
           ${JSON.stringify(a)}::jsonb, ${l.durationMs}, ${l.reviewedAt}, ${l.predictedR}::double precision, ${l.scheduler}::"Scheduler",
           ${l.questionVersion}::int
    FROM moved
    RETURNING id`;
  return rows[0]?.id ?? null;
}

/** First review of a card: the state row is created unless another request just did (then null). */
export async function insertStateAndLog(l: NewLog): Promise<bigint | null> {
  const a = l.after;
  const rows = await db.$queryRaw<{ id: bigint }[]>`
    WITH created AS (
      INSERT INTO "ReviewState" (id, "userId", "questionId", repetitions, "easinessE4", "intervalDays", "dueAt", lapses, "reviewCount", "lastReviewedAt", version, "createdAt", "updatedAt",
                                 "fsrsStability", "fsrsDifficulty", "fsrsPhase", "fsrsStep", "fsrsDueAt", "fsrsLastReviewedAt")
      VALUES (${crypto.randomUUID()}, ${l.userId}, ${l.questionId}, ${a.repetitions}, ${a.easinessE4}, ${a.intervalDays}, ${ts(a.dueAt)}, ${a.lapses},
              ${a.reviewCount}, ${ts(a.lastReviewedAt)}, ${a.version}, ${l.reviewedAt}, ${l.reviewedAt},
              ${a.fsrsStability}, ${a.fsrsDifficulty}, ${a.fsrsPhase}, ${a.fsrsStep}, ${ts(a.fsrsDueAt)}, ${ts(a.fsrsLastReviewedAt)})
      ON CONFLICT ("userId", "questionId") DO NOTHING
      RETURNING id
    )
    INSERT INTO "ReviewLog" ("userId", "questionId", "clientRequestId", grade, correct, drill, before, after, "durationMs", "reviewedAt",
                             "predictedR", scheduler, "questionVersion")
    SELECT ${l.userId}, ${l.questionId}, ${l.clientRequestId}, ${l.grade}, ${l.correct}, ${l.drill}, ${JSON.stringify(l.before)}::jsonb,
           ${JSON.stringify(a)}::jsonb, ${l.durationMs}, ${l.reviewedAt}, ${l.predictedR}::double precision, ${l.scheduler}::"Scheduler",
           ${l.questionVersion}::int
    FROM created
    RETURNING id`;
  return rows[0]?.id ?? null;
}
