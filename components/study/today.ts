import type { TodaySummary } from "@/lib/srs/schemas";

/** Today's summary with one more grade, as the server's log will count it (flashcards and reveals are not "answered"). */
export function countGrade(t: TodaySummary, grade: number, correct: boolean | null, at: string): TodaySummary {
  return {
    reviewed: t.reviewed + 1,
    answered: t.answered + (correct === null ? 0 : 1),
    answeredRight: t.answeredRight + (correct === true ? 1 : 0),
    grades: t.grades.map((n, i) => (i === grade ? n + 1 : n)),
    firstReviewAt: t.firstReviewAt ?? at,
    lastReviewAt: at,
  };
}
