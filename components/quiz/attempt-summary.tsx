"use client";
import { Button } from "@/components/ui/button";
import { plainText } from "@/lib/markdown/plain-text";
import type { PublicQuestion } from "@/lib/questions/types";
import type { QuestionMarks } from "./question-navigator";

function countText(n: number, what: string) {
  return `${n} question${n === 1 ? " is" : "s are"} ${what}`;
}

/**
 * The last stop before submitting: every question answered or not, flagged or not, each a
 * button back to it. Submit is here only, so nobody submits without seeing what is missing.
 */
export function AttemptSummary({
  questions,
  marks,
  onGo,
  onBack,
  onSubmit,
  submitting,
}: {
  questions: PublicQuestion[];
  marks: QuestionMarks;
  onGo: (index: number) => void;
  onBack: () => void;
  onSubmit: () => void;
  submitting: boolean;
}) {
  const unanswered = questions.filter((q) => !marks.answered(q.id)).length;
  const flagged = questions.filter((q) => marks.flagged(q.id)).length;
  return (
    <section
      aria-labelledby="summary-h"
      className="flex flex-col gap-4 rounded-lg border border-slate-200 p-4 sm:p-6 dark:border-slate-800"
    >
      <h2 id="summary-h" className="text-lg font-semibold">
        Summary before you submit
      </h2>
      <p id="summary-counts" className="text-sm">
        {unanswered ? `${countText(unanswered, "not answered")}.` : "Every question is answered."}
        {flagged ? ` ${countText(flagged, "flagged for review")}.` : ""} You can go back to any question until you
        submit or time runs out.
      </p>
      <ol className="flex flex-col divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {questions.map((q, i) => {
          const answered = marks.answered(q.id);
          return (
            <li key={q.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-sm">
              <button
                type="button"
                onClick={() => onGo(i)}
                className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800 dark:text-brand-300"
              >
                Question {i + 1}
              </button>
              {/* On a phone only a few letters of the prompt would fit, which helps nobody. */}
              <span className="hidden min-w-0 flex-1 truncate text-slate-600 sm:block dark:text-slate-400">
                {plainText(q.prompt)}
              </span>
              <span className="flex-1 sm:hidden" aria-hidden="true" />
              <span
                className={
                  answered ? "text-slate-700 dark:text-slate-300" : "font-semibold text-red-800 dark:text-red-300"
                }
              >
                {answered ? "Answered" : "Not answered"}
              </span>
              {marks.flagged(q.id) && (
                <span className="rounded bg-amber-100 px-1.5 text-amber-900 dark:bg-amber-900 dark:text-amber-100">
                  ⚑ Flagged
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap gap-3">
        {/* Focus lands on Submit, which reads out the counts above (aria-describedby). */}
        <Button onClick={onSubmit} disabled={submitting} autoFocus aria-describedby="summary-counts">
          Submit now
        </Button>
        <Button variant="secondary" onClick={onBack} disabled={submitting}>
          Back to the questions
        </Button>
      </div>
    </section>
  );
}
