import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import type { TodaySummary } from "@/lib/srs/schemas";
import { GRADE_LABELS } from "./grades";

/** Minutes from today's first to last review, as the log has them ("under 1" for a single quick one). */
export function minutesSpan(today: Pick<TodaySummary, "firstReviewAt" | "lastReviewAt">): string {
  if (!today.firstReviewAt || !today.lastReviewAt) return "—";
  const ms = new Date(today.lastReviewAt).getTime() - new Date(today.firstReviewAt).getTime();
  return ms < 60_000 ? "under 1 min" : `${Math.round(ms / 60_000)} min`;
}

/**
 * Today's summary, from the server's review log (undone grades left out), so a reload or an
 * undo shows the same figures the progress page will.
 */
export function SessionSummary({
  today,
  canUndo,
  onUndo,
}: {
  today: TodaySummary;
  canUndo: boolean;
  onUndo: () => void;
}) {
  return (
    <section
      aria-labelledby="summary-heading"
      className="flex flex-col gap-4 rounded-lg border border-slate-200 p-6 dark:border-slate-800"
    >
      <h2 id="summary-heading" tabIndex={-1} className="text-xl font-semibold">
        {today.reviewed ? "All done for today" : "Nothing to study right now"}
      </h2>
      {today.reviewed > 0 ? (
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <div>
            <dt className="text-sm text-slate-600 dark:text-slate-400">Cards graded today</dt>
            <dd className="text-2xl font-bold" data-testid="summary-reviewed">
              {today.reviewed}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600 dark:text-slate-400">Answered right</dt>
            <dd className="text-2xl font-bold" data-testid="summary-right">
              {today.answered ? `${Math.round((100 * today.answeredRight) / today.answered)}%` : "—"}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600 dark:text-slate-400">Time, first to last review today</dt>
            <dd className="text-2xl font-bold">{minutesSpan(today)}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600 dark:text-slate-400">Grades</dt>
            <dd className="text-sm">
              {GRADE_LABELS.filter((g) => today.grades[g.grade])
                .map((g) => `${g.label} ${today.grades[g.grade]}`)
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
