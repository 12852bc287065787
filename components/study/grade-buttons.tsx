"use client";
import type { GradePreview } from "@/lib/srs/schemas";
import { GRADE_LABELS } from "./grades";
import { formatInterval } from "./interval";

/**
 * The six SM-2 grades, each with the interval the server computed for it (never scheduled
 * here). One row on desktop, 3×2 on a phone; sticky at the bottom of the viewport so it is in
 * view whatever the length of the review above it.
 */
export function GradeButtons({
  onGrade,
  maxGrade,
  disabled,
  next,
  now,
}: {
  onGrade: (g: number) => void;
  maxGrade: number;
  disabled?: boolean;
  /** One entry per grade: the due date it sets and whether the card comes back this session. */
  next: GradePreview[];
  /** When the card was revealed: intervals count from here. */
  now: number;
}) {
  return (
    <div
      role="group"
      aria-labelledby="grade-label"
      data-testid="grade-bar"
      data-grade-bar=""
      className="sticky bottom-0 z-10 -mx-4 -mb-4 flex flex-col gap-2 border-t border-slate-200 bg-white/95 px-4 pt-2 pb-[max(0.75rem,env(safe-area-inset-bottom))] backdrop-blur sm:-mx-6 sm:-mb-6 sm:px-6 dark:border-slate-800 dark:bg-slate-950/95"
    >
      <p id="grade-label" className="text-sm font-medium">
        How well did you recall it? <span className="font-normal text-slate-600 dark:text-slate-400">(keys 0–5)</span>
        {maxGrade < 5 && (
          <span className="block font-normal text-amber-800 sm:inline dark:text-amber-300">
            {" "}
            Your answer was wrong, so grades 0–2 only.
          </span>
        )}
      </p>
      <div className="grid grid-cols-3 gap-1.5 sm:grid-cols-6 sm:gap-2">
        {GRADE_LABELS.map(({ grade, label, hint }) => {
          const p = next.find((n) => n.grade === grade);
          return (
            <button
              key={grade}
              type="button"
              onClick={() => onGrade(grade)}
              disabled={disabled || grade > maxGrade}
              aria-keyshortcuts={String(grade)}
              title={hint}
              className={`flex min-w-0 flex-col items-start rounded-md border px-2 py-1.5 text-left text-sm disabled:cursor-not-allowed disabled:opacity-40 sm:px-3 ${
                grade < 3
                  ? "border-red-300 hover:bg-red-50 dark:border-red-800 dark:hover:bg-red-950"
                  : "border-green-300 hover:bg-green-50 dark:border-green-800 dark:hover:bg-green-950"
              }`}
            >
              <span className="font-semibold">
                <kbd className="mr-1 font-mono text-xs">{grade}</kbd>
                {label}
              </span>
              {p && (
                <span className="text-xs text-slate-700 dark:text-slate-300">
                  <span className="sr-only">, next in </span>
                  <span className="font-mono font-semibold">{formatInterval(p.dueAt, now)}</span>
                  {p.again && <span>{" · again today"}</span>}
                </span>
              )}
              <span className="hidden text-xs text-slate-600 lg:inline dark:text-slate-400">{hint}</span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
