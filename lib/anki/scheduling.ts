/**
 * Scheduling between Anki and our SM-2. Grades: ours are 0–5, Anki's eases 1–4 (Again, Hard,
 * Good, Easy), the same split FSRS uses here (lib/srs/fsrs/grades.ts): 0–2 → Again, 3 → Hard,
 * 4 → Good, 5 → Easy; back in, Again → 1 (below 3 SM-2 resets the card whatever the grade),
 * Hard → 3, Good → 4, Easy → 5. Pure.
 */
import type { StateSnapshot } from "@/lib/srs/card-state";
import type { Grade } from "@/lib/srs/sm2";
import { startOfStudyDay, studyDayOf } from "@/lib/srs/study-day";
import type { CardSchedule, RevlogRow } from "./collection-write";

export const gradeToEase = (grade: number): number => (grade <= 2 ? 1 : grade - 1);

export function easeToGrade(ease: number): Grade | null {
  const grades: Partial<Record<number, Grade>> = { 1: 1, 2: 3, 3: 4, 4: 5 };
  return grades[ease] ?? null;
}

const DAY_MS = 86_400_000;

/** Whole study days from `crt` (a day start) to the study day of `at`. */
export function dayNumber(crtSeconds: number, at: Date, timeZone: string): number {
  const day = startOfStudyDay(studyDayOf(at, timeZone), timeZone).getTime();
  return Math.round((day - crtSeconds * 1000) / DAY_MS);
}

/** col.crt: the start of the study day of the earliest moment the package mentions, so no due number is negative. */
export function collectionCreation(earliest: Date, timeZone: string): number {
  return Math.floor(startOfStudyDay(studyDayOf(earliest, timeZone), timeZone).getTime() / 1000);
}

export interface CardStateOut {
  repetitions: number;
  easinessE4: number;
  intervalDays: number;
  dueAt: Date;
  lapses: number;
  reviewCount: number;
}

/**
 * A card's Anki columns: a card never reviewed is new (due = its position); a reviewed one is a
 * review card (type and queue 2) due on its SM-2 due day, counted in days since crt, with
 * ivl = SM-2's interval and factor = E-Factor × 1000 (2.5 → 2500).
 */
export function cardSchedule(
  state: CardStateOut | null,
  position: number,
  crt: number,
  timeZone: string,
): CardSchedule {
  if (!state) return { type: 0, queue: 0, due: position, ivl: 0, factor: 0, reps: 0, lapses: 0 };
  return {
    type: 2,
    queue: 2,
    due: dayNumber(crt, state.dueAt, timeZone),
    ivl: Math.max(1, state.intervalDays),
    factor: Math.round(state.easinessE4 / 10),
    reps: state.reviewCount,
    lapses: state.lapses,
  };
}

export interface LogOut {
  grade: number;
  drill: boolean;
  reviewedAt: Date;
  durationMs: number | null;
  before: StateSnapshot;
  after: StateSnapshot;
}

/**
 * Review-log rows. revlog.id is the review's millisecond (moved on by 1 ms where two collide,
 * as ids are unique in the whole collection); type 0 learn (a first review or a same-day drill),
 * 1 review, 2 relearn (a failed review); time is capped at Anki's 60 s.
 */
export function revlogRows(logs: LogOut[], taken: Set<number>): RevlogRow[] {
  return logs.map((l) => {
    let id = l.reviewedAt.getTime();
    while (taken.has(id)) id += 1;
    taken.add(id);
    const type = l.before.isNew || l.drill ? 0 : l.grade < 3 ? 2 : 1;
    return {
      id,
      ease: gradeToEase(l.grade),
      ivl: l.after.intervalDays,
      lastIvl: l.before.intervalDays,
      factor: Math.round(l.after.easinessE4 / 10),
      time: Math.min(60_000, Math.max(0, l.durationMs ?? 0)),
      type,
    };
  });
}
