"use client";
import type { PublicQuestion } from "@/lib/questions/types";

export interface QuestionMarks {
  answered: (id: string) => boolean;
  flagged: (id: string) => boolean;
}

/** "Question 3, answered, flagged for review": the navigator's and the summary's wording. */
export function questionState(i: number, id: string, marks: QuestionMarks) {
  return `Question ${i + 1}${marks.answered(id) ? ", answered" : ", not answered"}${marks.flagged(id) ? ", flagged for review" : ""}`;
}

/** One button per question of the attempt; the current one is marked, flagged ones carry ⚑. */
export function QuestionNavigator({
  questions,
  current,
  marks,
  onGo,
}: {
  questions: PublicQuestion[];
  /** Index of the question on screen, or null while the summary is shown. */
  current: number | null;
  marks: QuestionMarks;
  onGo: (index: number) => void;
}) {
  return (
    <nav aria-label="Questions" className="flex flex-wrap gap-1">
      {questions.map((x, i) => {
        const answered = marks.answered(x.id);
        return (
          <button
            key={x.id}
            type="button"
            onClick={() => onGo(i)}
            aria-current={i === current ? "step" : undefined}
            aria-label={questionState(i, x.id, marks)}
            className={`relative h-9 w-9 rounded-md border text-sm ${i === current ? "border-brand-600 bg-brand-600 text-white" : answered ? "border-slate-400 bg-slate-100 dark:bg-slate-800" : "border-slate-300 dark:border-slate-700"}`}
          >
            {i + 1}
            {marks.flagged(x.id) && (
              <span
                aria-hidden="true"
                className="absolute -top-1.5 -right-1.5 rounded-full bg-amber-300 px-0.5 text-[10px] leading-4 text-slate-900"
              >
                ⚑
              </span>
            )}
          </button>
        );
      })}
    </nav>
  );
}
