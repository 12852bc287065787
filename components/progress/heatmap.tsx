import type { Progress } from "@/lib/srs/schemas";
import { addDays } from "@/lib/srs/study-day";

const SIZE = 11;
const GAP = 2;
const STEP = SIZE + GAP;
const WEEKS = 53;
const TOP = 14; // room for the month labels above the grid
const FILLS = [
  "fill-slate-200 dark:fill-slate-800",
  "fill-blue-200 dark:fill-blue-900",
  "fill-blue-400 dark:fill-blue-700",
  "fill-blue-600 dark:fill-blue-500",
  "fill-blue-800 dark:fill-blue-300",
];
const WEEKDAY_LABELS: [number, string][] = [
  [0, "Mon"],
  [2, "Wed"],
  [4, "Fri"],
];
const MONTH = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });

const weekday = (day: string) => (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
const reviews = (n: number) => `${n} review${n === 1 ? "" : "s"}`;

/**
 * GitHub-style calendar of reviews per day for the last 53 weeks (weeks as columns, today in
 * the last one). On a narrow screen the grid scrolls, and it opens scrolled to the end
 * (a row-reverse flex scroller starts at its right edge, no script needed), so the recent weeks
 * are what a phone shows; the weekday labels stay outside the scroller.
 */
export function ReviewHeatmap({ today, days }: { today: string; days: Progress["heatmap"] }) {
  const counts = new Map(days.map((d) => [d.day, d.count]));
  const max = Math.max(1, ...days.map((d) => d.count));
  const start = addDays(today, -((WEEKS - 1) * 7 + weekday(today)));
  const cells: { day: string; col: number; row: number; count: number }[] = [];
  for (let i = 0, day = start; day <= today; i++, day = addDays(day, 1)) {
    cells.push({ day, col: Math.floor(i / 7), row: i % 7, count: counts.get(day) ?? 0 });
  }
  // A month is labelled over the first week whose Monday falls in it.
  const months = cells.filter((c) => c.row === 0 && Number(c.day.slice(8)) <= 7);
  const level = (n: number) => (n === 0 ? 0 : Math.min(4, Math.ceil((4 * n) / max)));
  const total = days.reduce((n, d) => n + d.count, 0);
  const last7 = cells.slice(-7).reduce((n, c) => n + c.count, 0);
  const summary = `${reviews(total)} on ${days.length} day${days.length === 1 ? "" : "s"} in the last year; ${reviews(last7)} in the last 7 days, ${reviews(counts.get(today) ?? 0)} today.`;
  const height = TOP + 7 * STEP;
  return (
    <figure className="flex flex-col gap-2">
      <div className="flex gap-1">
        <svg width={28} height={height} aria-hidden="true" className="shrink-0 fill-slate-600 dark:fill-slate-400">
          {WEEKDAY_LABELS.map(([row, label]) => (
            <text key={label} x={0} y={TOP + row * STEP + SIZE - 1} fontSize={10}>
              {label}
            </text>
          ))}
        </svg>
        {/* Focusable so that keyboard users can scroll back through the year (axe: scrollable-region-focusable). */}
        <div
          className="flex min-w-0 flex-row-reverse overflow-x-auto focus-visible:outline-2 focus-visible:outline-brand-600"
          role="group"
          aria-label="Review calendar, scrolls sideways"
          tabIndex={0}
        >
          <svg
            width={WEEKS * STEP}
            height={height}
            role="img"
            aria-label={`Reviews per day over the last year: ${summary}`}
            className="shrink-0"
          >
            {months.map((c) => (
              <text
                key={c.day}
                x={c.col * STEP}
                y={10}
                fontSize={10}
                aria-hidden="true"
                className="fill-slate-600 dark:fill-slate-400"
              >
                {MONTH.format(new Date(`${c.day}T12:00:00Z`))}
              </text>
            ))}
            {cells.map((c) => (
              <rect
                key={c.day}
                x={c.col * STEP}
                y={TOP + c.row * STEP}
                width={SIZE}
                height={SIZE}
                rx={2}
                className={FILLS[level(c.count)]}
              >
                <title>{`${c.day}: ${reviews(c.count)}`}</title>
              </rect>
            ))}
          </svg>
        </div>
      </div>
      <figcaption className="text-sm text-slate-700 dark:text-slate-300">{summary}</figcaption>
    </figure>
  );
}
