"use client";
import { GRADE_LABELS } from "./grades";

export function GradeButtons({
  onGrade,
  maxGrade,
  disabled,
}: {
  onGrade: (g: number) => void;
  maxGrade: number;
  disabled?: boolean;
}) {
  return (
    <div role="group" aria-labelledby="grade-label" className="flex flex-col gap-2">
      <p id="grade-label" className="text-sm font-medium">
        How well did you recall it? <span className="font-normal text-slate-600 dark:text-slate-400">(keys 0–5)</span>
      </p>
      {maxGrade < 5 && (
        <p className="text-sm text-amber-800 dark:text-amber-300">Your answer was wrong, so grades 0–2 only.</p>
      )}
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
        {GRADE_LABELS.map(({ grade, label, hint }) => (
          <button
            key={grade}
            type="button"
            onClick={() => onGrade(grade)}
            disabled={disabled || grade > maxGrade}
            aria-keyshortcuts={String(grade)}
            className={`flex flex-col items-start rounded-md border px-3 py-2 text-left text-sm disabled:cursor-not-allowed disabled:opacity-40 ${
              grade < 3
                ? "border-red-300 hover:bg-red-50 dark:border-red-800 dark:hover:bg-red-950"
                : "border-green-300 hover:bg-green-50 dark:border-green-800 dark:hover:bg-green-950"
            }`}
          >
            <span className="font-semibold">
              {grade} · {label}
            </span>
            <span className="text-xs text-slate-700 dark:text-slate-300">{hint}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
