import type { StateSnapshot } from "./card-state";
import type { GradePreview } from "./schemas";
import { fromE4, sm2, toE4, type Grade } from "./sm2";
import { dueAtFor } from "./study-day";

const GRADES: Grade[] = [0, 1, 2, 3, 4, 5];

/** A grade below 4 brings the card back later in the same session (a same-day drill). */
export const comesBackToday = (grade: number) => grade < 4;

/** SM-2's next state after a scheduled (not drill) review. */
export function sm2Next(before: StateSnapshot, grade: Grade, now: Date, timeZone: string): StateSnapshot {
  const next = sm2(
    { repetitions: before.repetitions, easiness: fromE4(before.easinessE4), intervalDays: before.intervalDays },
    grade,
  );
  return {
    ...before,
    isNew: false,
    repetitions: next.repetitions,
    easinessE4: toE4(next.easiness),
    intervalDays: next.intervalDays,
    dueAt: dueAtFor(now, next.intervalDays, timeZone).toISOString(),
    lapses: before.lapses + (grade < 3 && before.repetitions > 0 ? 1 : 0),
    reviewCount: before.reviewCount + 1,
    lastReviewedAt: now.toISOString(),
    version: before.version + 1,
  };
}

/**
 * What each grade would do to this card under SM-2, for the grade buttons: the due date it
 * would set and whether the card comes back this session. A drill (the card was already
 * scheduled today) keeps its due date whatever the grade. The due date is sm2Next's, computed
 * once per distinct interval (a queue previews six grades of up to 50 cards on every fetch).
 */
export function previewSm2(before: StateSnapshot, drill: boolean, now: Date, timeZone: string): GradePreview[] {
  if (drill && before.dueAt)
    return GRADES.map((grade) => ({ grade, dueAt: before.dueAt!, again: comesBackToday(grade) }));
  const dueByInterval = new Map<number, string>();
  const state = {
    repetitions: before.repetitions,
    easiness: fromE4(before.easinessE4),
    intervalDays: before.intervalDays,
  };
  return GRADES.map((grade) => {
    const { intervalDays } = sm2(state, grade);
    let dueAt = dueByInterval.get(intervalDays);
    if (dueAt === undefined) {
      dueAt = dueAtFor(now, intervalDays, timeZone).toISOString();
      dueByInterval.set(intervalDays, dueAt);
    }
    return { grade, dueAt, again: comesBackToday(grade) };
  });
}
