import "server-only";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/errors";
import { VISIBLE_QUESTION_SQL } from "@/lib/decks/visibility";
import { AppError } from "@/lib/errors";
import { gradeAnswer } from "@/lib/questions/grading";
import type { StoredQuestion } from "@/lib/questions/types";
import { assertNotInOpenAttempt } from "@/lib/quiz/open-attempt-guard";
import { countReview } from "@/lib/observability/counters";
import type { Scheduler } from "@/lib/db/generated/enums";
import {
  snapshotOf,
  storedSnapshot,
  toCardStateDto,
  type FsrsFields,
  type StateFields,
  type StateSnapshot,
} from "./card-state";
import type { GradePreview, ReviewInput, ReviewResult } from "./schemas";
import type { Grade } from "./sm2";
import { maxGradeFor } from "./grade-cap";
import { insertStateAndLog, updateStateAndLog } from "./review-writes";
import { fsrsParamsFrom } from "./fsrs-params";
import { replayCard } from "./fsrs-history";
import { fsrsMemoryOf, previewFsrs, scheduleReview } from "./schedule-review";
import { previewSm2 } from "./preview";
import { newFsrsState, type FsrsParams } from "./fsrs/scheduler";

interface Learner {
  id: string;
  timeZone: string;
}

type LogRow = {
  id: bigint;
  questionId: string;
  grade: number;
  correct: boolean | null;
  drill: boolean;
  reviewedAt: Date;
  after: unknown;
};

function toResult(log: LogRow, replayed: boolean, next: GradePreview[]): ReviewResult {
  return {
    review: {
      id: String(log.id),
      grade: log.grade,
      correct: log.correct,
      drill: log.drill,
      reviewedAt: log.reviewedAt.toISOString(),
    },
    state: toCardStateDto(log.questionId, storedSnapshot(log.after)),
    replayed,
    next,
  };
}

async function findLog(userId: string, clientRequestId: string): Promise<LogRow | null> {
  return db.reviewLog.findUnique({ where: { userId_clientRequestId: { userId, clientRequestId } } });
}

async function conflict(userId: string, questionId: string, message: string): Promise<never> {
  const fresh = await db.reviewState.findUnique({ where: { userId_questionId: { userId, questionId } } });
  throw new AppError("CONFLICT", message, { details: { state: toCardStateDto(questionId, snapshotOf(fresh)) } });
}

/** Everything one review needs, in one round trip: the visible question, the learner's state, a prior log with this request id. */
/** FSRS columns are null when the card has no state row (or no FSRS state yet). */
interface ReviewContext extends FsrsFields {
  qId: string | null;
  qType: StoredQuestion["type"] | null;
  qPrompt: string | null;
  qExplanation: string | null;
  qSection: string | null;
  qPayload: unknown;
  qVersion: number | null;
  rsId: string | null;
  repetitions: number | null;
  easinessE4: number | null;
  intervalDays: number | null;
  dueAt: Date | null;
  lapses: number | null;
  reviewCount: number | null;
  lastReviewedAt: Date | null;
  version: number | null;
  scheduler: Scheduler;
  desiredRetention: number;
  fsrsWeights: number[] | null;
  logId: bigint | null;
  logQuestionId: string | null;
  logGrade: number | null;
  logCorrect: boolean | null;
  logDrill: boolean | null;
  logReviewedAt: Date | null;
  logAfter: unknown;
}

async function loadContext(userId: string, input: ReviewInput): Promise<ReviewContext> {
  const rows = await db.$queryRaw<ReviewContext[]>`
    SELECT q.id AS "qId", q.type::text AS "qType", q.prompt AS "qPrompt", q.explanation AS "qExplanation", q.section AS "qSection", q.payload AS "qPayload", q.version AS "qVersion",
           rs.id AS "rsId", rs.repetitions, rs."easinessE4", rs."intervalDays", rs."dueAt", rs.lapses, rs."reviewCount", rs."lastReviewedAt", rs.version,
           rs."fsrsStability", rs."fsrsDifficulty", rs."fsrsPhase", rs."fsrsStep", rs."fsrsDueAt", rs."fsrsLastReviewedAt",
           u.scheduler::text AS scheduler, u."desiredRetention",
           (SELECT m.parameters FROM "FsrsModel" m WHERE m."userId" = ${userId} AND m.adopted ORDER BY m."fittedAt" DESC, m.id DESC LIMIT 1) AS "fsrsWeights",
           rl.id AS "logId", rl."questionId" AS "logQuestionId", rl.grade AS "logGrade", rl.correct AS "logCorrect", rl.drill AS "logDrill",
           rl."reviewedAt" AS "logReviewedAt", rl.after AS "logAfter"
    FROM (SELECT 1) AS one
    LEFT JOIN "User" u ON u.id = ${userId}
    LEFT JOIN "Question" q ON q.id = ${input.questionId}
      AND EXISTS (SELECT 1 FROM "Deck" d WHERE d.id = q."deckId" AND ${VISIBLE_QUESTION_SQL})
    LEFT JOIN "ReviewState" rs ON rs."userId" = ${userId} AND rs."questionId" = q.id
    LEFT JOIN "ReviewLog" rl ON rl."userId" = ${userId} AND rl."clientRequestId" = ${input.clientRequestId}`;
  return rows[0];
}

/** The learner's current state from the context row (new when there is no state row). */
function stateOf(c: ReviewContext): StateSnapshot {
  return snapshotOf(c.rsId ? (c as StateFields) : null);
}

/**
 * Records one grade: state and log in one statement (both or neither). The same
 * clientRequestId again returns the first result without scheduling twice; a stale
 * expectedVersion (another tab graded first) is a 409 carrying the current state. Both
 * models' fields move (see scheduleReview); dueAt and the logged predictedR follow the
 * learner's active scheduler.
 */
export async function recordReview(user: Learner, input: ReviewInput, now = new Date()): Promise<ReviewResult> {
  const ctx = await loadContext(user.id, input);
  const scheduler: Scheduler = ctx.scheduler === "FSRS" ? "FSRS" : "SM2";
  const params = fsrsParamsFrom(ctx.fsrsWeights, ctx.desiredRetention);
  const previewsFor = (after: unknown) => nextFor(storedSnapshot(after), scheduler, params, now, user.timeZone);
  if (ctx.logId !== null) {
    return sameRequest(
      {
        id: ctx.logId,
        questionId: ctx.logQuestionId!,
        grade: ctx.logGrade!,
        correct: ctx.logCorrect,
        drill: ctx.logDrill!,
        reviewedAt: ctx.logReviewedAt!,
        after: ctx.logAfter,
      },
      input,
      previewsFor,
    );
  }
  if (!ctx.qId) throw new AppError("NOT_FOUND", "No such card, or it is not in a deck you can study.");

  let correct: boolean | null = null;
  if (input.answer !== undefined) {
    await assertNotInOpenAttempt(user.id, ctx.qId, now); // the reply would say whether it was right
    const question: StoredQuestion = {
      id: ctx.qId,
      type: ctx.qType!,
      prompt: ctx.qPrompt!,
      explanation: ctx.qExplanation ?? "",
      section: ctx.qSection,
      payload: ctx.qPayload,
    };
    correct = gradeAnswer(question, input.answer).correct;
    if (input.grade > maxGradeFor(correct)) {
      throw new AppError("BAD_REQUEST", "The answer was wrong, so the grade can be 0, 1 or 2 only.", {
        fields: { grade: ["A wrong answer allows grades 0–2 only"] },
      });
    }
  }
  const before = stateOf(ctx);
  const at = afterTheLog(before, now);
  if (before.version !== input.expectedVersion) {
    throw new AppError(
      "CONFLICT",
      "This card changed since you loaded it (another tab or device graded it). Here is its current state.",
      {
        details: { state: toCardStateDto(input.questionId, before) },
      },
    );
  }
  // A card reviewed before FSRS kept state beside SM-2's gets its memory state from its log once.
  const fsrsBefore = fsrsMemoryOf(before, at) ?? (await replayCard(user.id, ctx.qId, params)) ?? newFsrsState(at);
  const { after, drill, predictedR, next } = scheduleReview({
    before,
    fsrsBefore,
    grade: input.grade as Grade,
    now: at,
    timeZone: user.timeZone,
    scheduler,
    params,
  });
  const log = {
    userId: user.id,
    questionId: ctx.qId,
    clientRequestId: input.clientRequestId,
    grade: input.grade,
    correct,
    drill,
    before,
    after,
    durationMs: input.durationMs ?? null,
    reviewedAt: at,
    predictedR,
    scheduler,
    questionVersion: ctx.qVersion,
  };
  try {
    const written = ctx.rsId ? await updateStateAndLog(ctx.rsId, before.version, log) : await insertStateAndLog(log);
    if (!written) {
      // The state moved on under us: a concurrent copy of this same request (a replay), or another grade.
      const landed = await findLog(user.id, input.clientRequestId);
      if (landed) return sameRequest(landed, input, previewsFor);
      return await conflict(
        user.id,
        input.questionId,
        "This card was just graded elsewhere. Here is its current state.",
      );
    }
    countReview(log.grade);
    return toResult(
      { id: written, questionId: log.questionId, grade: log.grade, correct, drill, reviewedAt: at, after },
      false,
      next,
    );
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    // Lost a race with the same request id (a replay): answer as the first one did.
    const landed = await findLog(user.id, input.clientRequestId);
    if (landed) return sameRequest(landed, input, previewsFor);
    throw err;
  }
}

/**
 * A card's log is ordered by (reviewedAt, clientRequestId) and its state is the replay of that
 * order (lib/srs/replay-log.ts). An on-line review is one step of that replay only if it sorts
 * last: if the card's last review (FSRS's instant counts drills too) is not before `now` (an
 * offline review synced with a device time at the edge of now, or another instance's clock a
 * little ahead), this one is logged a millisecond after it instead.
 */
function afterTheLog(before: StateSnapshot, now: Date): Date {
  const last = Math.max(
    before.fsrsLastReviewedAt ? Date.parse(before.fsrsLastReviewedAt) : 0,
    before.lastReviewedAt ? Date.parse(before.lastReviewedAt) : 0,
  );
  return last >= now.getTime() ? new Date(last + 1) : now;
}

/** The grade previews for a card as a stored snapshot leaves it, under the active scheduler. */
function nextFor(
  after: StateSnapshot,
  scheduler: Scheduler,
  params: FsrsParams,
  now: Date,
  timeZone: string,
): GradePreview[] {
  const fsrs = scheduler === "FSRS" ? fsrsMemoryOf(after, now) : null;
  return fsrs ? previewFsrs(fsrs, now, params, timeZone) : previewSm2(after, true, now, timeZone);
}

function sameRequest(log: LogRow, input: ReviewInput, next: (after: unknown) => GradePreview[]): ReviewResult {
  if (log.questionId !== input.questionId || log.grade !== input.grade) {
    throw new AppError("CONFLICT", "This clientRequestId was already used for a different review.", {
      fields: { clientRequestId: ["Already used for another review"] },
    });
  }
  return toResult(log, true, next(log.after));
}
