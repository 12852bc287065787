import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { NEW_SNAPSHOT, snapshotOf, storedSnapshot, toCardStateDto, type StateSnapshot } from "./card-state";

function sameSchedule(a: StateSnapshot, b: StateSnapshot): boolean {
  return (
    a.repetitions === b.repetitions &&
    a.easinessE4 === b.easinessE4 &&
    a.intervalDays === b.intervalDays &&
    a.dueAt === b.dueAt &&
    a.lapses === b.lapses &&
    a.reviewCount === b.reviewCount &&
    a.lastReviewedAt === b.lastReviewedAt &&
    a.fsrsStability === b.fsrsStability &&
    a.fsrsDifficulty === b.fsrsDifficulty &&
    a.fsrsPhase === b.fsrsPhase &&
    a.fsrsStep === b.fsrsStep &&
    a.fsrsDueAt === b.fsrsDueAt &&
    a.fsrsLastReviewedAt === b.fsrsLastReviewedAt
  );
}

/** Undoes the learner's latest review: restores the exact state before it, marks the log undone. */
export async function undoLastReview(userId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const log = await tx.reviewLog.findFirst({ where: { userId, undoneAt: null }, orderBy: { id: "desc" } });
    if (!log) throw new AppError("NOT_FOUND", "There is no review to undo.");
    const state = await tx.reviewState.findUnique({
      where: { userId_questionId: { userId, questionId: log.questionId } },
    });
    // A log written before FSRS has no FSRS fields: they were null then, and still are.
    const after = storedSnapshot(log.after);
    const before = storedSnapshot(log.before);
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
          fsrsStability: before.fsrsStability,
          fsrsDifficulty: before.fsrsDifficulty,
          fsrsPhase: before.fsrsPhase,
          fsrsStep: before.fsrsStep,
          fsrsDueAt: before.fsrsDueAt ? new Date(before.fsrsDueAt) : null,
          fsrsLastReviewedAt: before.fsrsLastReviewedAt ? new Date(before.fsrsLastReviewedAt) : null,
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
