import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { gradeAnswer } from "@/lib/questions/grading";
import { getVisibleQuestion } from "@/lib/questions/access";
import { assertNotInOpenAttempt } from "@/lib/quiz/open-attempt-guard";
import { NEW_SNAPSHOT, snapshotOf, toCardStateDto, type StateSnapshot } from "./card-state";
import type { ReviewInput, ReviewResult } from "./schemas";
import { fromE4, sm2, toE4, type Grade } from "./sm2";
import { dueAtFor, startOfStudyDay, studyDayOf } from "./study-day";

interface Learner {
  id: string;
  timeZone: string;
}

type LogRow = { id: bigint; questionId: string; grade: number; correct: boolean | null; drill: boolean; reviewedAt: Date; after: unknown };

function toResult(log: LogRow, replayed: boolean): ReviewResult {
  return {
    review: { id: String(log.id), grade: log.grade, correct: log.correct, drill: log.drill, reviewedAt: log.reviewedAt.toISOString() },
    state: toCardStateDto(log.questionId, log.after as StateSnapshot),
    replayed,
  };
}

async function findLog(userId: string, clientRequestId: string): Promise<LogRow | null> {
  return db.reviewLog.findUnique({ where: { userId_clientRequestId: { userId, clientRequestId } } });
}

async function conflict(userId: string, questionId: string, message: string): Promise<never> {
  const fresh = await db.reviewState.findUnique({ where: { userId_questionId: { userId, questionId } } });
  throw new AppError("CONFLICT", message, { details: { state: toCardStateDto(questionId, snapshotOf(fresh)) } });
}

/**
 * Records one grade: state and log in one transaction. The same clientRequestId again
 * returns the first result without scheduling twice; a stale expectedVersion (another tab
 * graded first) is a 409 carrying the current state. A card already scheduled today is a
 * same-day drill: logged, not rescheduled (SM-2's step 7).
 */
export async function recordReview(user: Learner, input: ReviewInput, now = new Date()): Promise<ReviewResult> {
  const previous = await findLog(user.id, input.clientRequestId);
  if (previous) return sameRequest(previous, input);

  const question = await getVisibleQuestion(input.questionId);
  let correct: boolean | null = null;
  if (input.answer !== undefined) {
    await assertNotInOpenAttempt(user.id, question.id, now); // the reply would say whether it was right
    correct = gradeAnswer(question, input.answer).correct;
    if (correct === false && input.grade > 2) {
      throw new AppError("BAD_REQUEST", "The answer was wrong, so the grade can be 0, 1 or 2 only.", {
        fields: { grade: ["A wrong answer allows grades 0–2 only"] },
      });
    }
  }
  const dayStart = startOfStudyDay(studyDayOf(now, user.timeZone), user.timeZone);
  try {
    const log = await db.$transaction((tx) => applyReview(tx, user, input, correct, now, dayStart));
    return toResult(log, false);
  } catch (err) {
    if (err instanceof AppError) throw err;
    if ((err as { code?: string }).code === "P2002") {
      // Lost a race: either the same request id landed first (a replay) or another grade created the state.
      const landed = await findLog(user.id, input.clientRequestId);
      if (landed) return sameRequest(landed, input);
      return conflict(user.id, input.questionId, "This card was just graded elsewhere. Here is its current state.");
    }
    throw err;
  }
}

function sameRequest(log: LogRow, input: ReviewInput): ReviewResult {
  if (log.questionId !== input.questionId || log.grade !== input.grade) {
    throw new AppError("CONFLICT", "This clientRequestId was already used for a different review.", { fields: { clientRequestId: ["Already used for another review"] } });
  }
  return toResult(log, true);
}

async function applyReview(tx: Tx, user: Learner, input: ReviewInput, correct: boolean | null, now: Date, dayStart: Date) {
  const state = await tx.reviewState.findUnique({ where: { userId_questionId: { userId: user.id, questionId: input.questionId } } });
  const before = snapshotOf(state);
  if (before.version !== input.expectedVersion) {
    throw new AppError("CONFLICT", "This card changed since you loaded it (another tab or device graded it). Here is its current state.", {
      details: { state: toCardStateDto(input.questionId, before) },
    });
  }
  const drill = !!state?.lastReviewedAt && state.lastReviewedAt >= dayStart;
  let after: StateSnapshot;
  if (drill) {
    after = { ...before, version: before.version + 1 };
  } else {
    const next = sm2({ repetitions: before.repetitions, easiness: fromE4(before.easinessE4), intervalDays: before.intervalDays }, input.grade as Grade);
    after = {
      isNew: false,
      repetitions: next.repetitions,
      easinessE4: toE4(next.easiness),
      intervalDays: next.intervalDays,
      dueAt: dueAtFor(now, next.intervalDays, user.timeZone).toISOString(),
      lapses: before.lapses + (input.grade < 3 && before.repetitions > 0 ? 1 : 0),
      reviewCount: before.reviewCount + 1,
      lastReviewedAt: now.toISOString(),
      version: before.version + 1,
    };
  }
  const data = {
    repetitions: after.repetitions,
    easinessE4: after.easinessE4,
    intervalDays: after.intervalDays,
    dueAt: new Date(after.dueAt!),
    lapses: after.lapses,
    reviewCount: after.reviewCount,
    lastReviewedAt: after.lastReviewedAt ? new Date(after.lastReviewedAt) : null,
    version: after.version,
  };
  if (state) {
    const updated = await tx.reviewState.updateMany({ where: { id: state.id, version: before.version }, data });
    if (updated.count !== 1) throw new AppError("CONFLICT", "This card was just graded elsewhere. Reload to see its current state.");
  } else {
    await tx.reviewState.create({ data: { userId: user.id, questionId: input.questionId, ...data } });
  }
  return tx.reviewLog.create({
    data: {
      userId: user.id,
      questionId: input.questionId,
      clientRequestId: input.clientRequestId,
      grade: input.grade,
      correct,
      drill,
      before: before as object,
      after: after as object,
      durationMs: input.durationMs,
      reviewedAt: now,
    },
  });
}

function sameSchedule(a: StateSnapshot, b: StateSnapshot): boolean {
  return (
    a.repetitions === b.repetitions &&
    a.easinessE4 === b.easinessE4 &&
    a.intervalDays === b.intervalDays &&
    a.dueAt === b.dueAt &&
    a.lapses === b.lapses &&
    a.reviewCount === b.reviewCount &&
    a.lastReviewedAt === b.lastReviewedAt
  );
}

/** Undoes the learner's latest review: restores the exact state before it, marks the log undone. */
export async function undoLastReview(userId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const log = await tx.reviewLog.findFirst({ where: { userId, undoneAt: null }, orderBy: { id: "desc" } });
    if (!log) throw new AppError("NOT_FOUND", "There is no review to undo.");
    const state = await tx.reviewState.findUnique({ where: { userId_questionId: { userId, questionId: log.questionId } } });
    const after = log.after as unknown as StateSnapshot;
    const before = log.before as unknown as StateSnapshot;
    // The card must still be exactly what that review left (versions move on with undos).
    if (!state || !sameSchedule(snapshotOf(state), after)) {
      throw new AppError("CONFLICT", "This card changed after that review, so it cannot be undone.", {
        details: { state: toCardStateDto(log.questionId, snapshotOf(state)) },
      });
    }
    let restored: StateSnapshot;
    if (before.isNew) {
      await tx.reviewState.delete({ where: { id: state.id } });
      restored = NEW_SNAPSHOT;
    } else {
      restored = { ...before, version: state.version + 1 };
      const ok = await tx.reviewState.updateMany({
        where: { id: state.id, version: state.version },
        data: {
          repetitions: before.repetitions,
          easinessE4: before.easinessE4,
          intervalDays: before.intervalDays,
          dueAt: new Date(before.dueAt!),
          lapses: before.lapses,
          reviewCount: before.reviewCount,
          lastReviewedAt: before.lastReviewedAt ? new Date(before.lastReviewedAt) : null,
          version: restored.version,
        },
      });
      if (ok.count !== 1) throw new AppError("CONFLICT", "This card changed while undoing. Try again.");
    }
    await tx.reviewLog.update({ where: { id: log.id }, data: { undoneAt: now } });
    return {
      undone: { id: String(log.id), questionId: log.questionId, grade: log.grade, drill: log.drill },
      state: toCardStateDto(log.questionId, restored),
    };
  });
}
