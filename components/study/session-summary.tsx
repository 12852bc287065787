import { useState } from "react";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { GRADE_LABELS } from "./grades";

export interface SessionStats {
  reviewed: number;
  answered: number;
  correct: number;
  grades: number[];
  startedAt: number;
}

export function SessionSummary({
  stats,
  canUndo,
  onUndo,
}: {
  stats: SessionStats;
  canUndo: boolean;
  onUndo: () => void;
}) {
  // The clock read once, when the summary appears, so re-renders show the same figure.
  const [endedAt] = useState(() => Date.now());
  const minutes = Math.max(1, Math.round((endedAt - stats.startedAt) / 60000));
  return (
    <section
      aria-labelledby="summary-heading"
      className="flex flex-col gap-4 rounded-lg border border-slate-200 p-6 dark:border-slate-800"
    >
      <h2 id="summary-heading" className="text-xl font-semibold">
        {stats.reviewed ? "All done for today" : "Nothing to study right now"}
      </h2>
      {stats.reviewed > 0 ? (
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <div>
            <dt className="text-sm text-slate-600 dark:text-slate-400">Cards graded</dt>
            <dd className="text-2xl font-bold" data-testid="summary-reviewed">
              {stats.reviewed}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600 dark:text-slate-400">Answered right</dt>
            <dd className="text-2xl font-bold">
              {stats.answered ? `${Math.round((100 * stats.correct) / stats.answered)}%` : "—"}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600 dark:text-slate-400">Time</dt>
            <dd className="text-2xl font-bold">{minutes} min</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600 dark:text-slate-400">Grades</dt>
            <dd className="text-sm">
              {GRADE_LABELS.filter((g) => stats.grades[g.grade])
                .map((g) => `${g.label} ${stats.grades[g.grade]}`)
                .join(", ")}
            </dd>
          </div>
        </dl>
      ) : (
        <p className="text-slate-700 dark:text-slate-300">
          No cards are due and today&apos;s new cards are done — or you have not chosen any decks yet.
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <Link href="/progress" className={buttonClass("primary")}>
          See your progress
        </Link>
        <Link href="/decks" className={buttonClass("secondary")}>
          Choose decks
        </Link>
        {canUndo && (
          <button type="button" onClick={onUndo} className={buttonClass("ghost")}>
            Undo last grade
          </button>
        )}
      </div>
    </section>
  );
}
