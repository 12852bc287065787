import type { Progress } from "@/lib/srs/schemas";
import { addDays } from "@/lib/srs/study-day";

/** GitHub-style calendar of reviews per day for the last 53 weeks (an SVG grid, weeks as columns). */
export function ReviewHeatmap({ today, days }: { today: string; days: Progress["heatmap"] }) {
  const counts = new Map(days.map((d) => [d.day, d.count]));
  const max = Math.max(1, ...days.map((d) => d.count));
  const weekday = (day: string) => (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  const start = addDays(today, -(52 * 7 + weekday(today)));
  const cells: { day: string; col: number; row: number; count: number }[] = [];
  for (let i = 0, day = start; day <= today; i++, day = addDays(day, 1)) {
    cells.push({ day, col: Math.floor(i / 7), row: i % 7, count: counts.get(day) ?? 0 });
  }
  const size = 11;
  const gap = 2;
  const level = (n: number) => (n === 0 ? 0 : Math.min(4, Math.ceil((4 * n) / max)));
  const fills = [
    "fill-slate-200 dark:fill-slate-800",
    "fill-blue-200 dark:fill-blue-900",
    "fill-blue-400 dark:fill-blue-700",
    "fill-blue-600 dark:fill-blue-500",
    "fill-blue-800 dark:fill-blue-300",
  ];
  return (
    <div className="overflow-x-auto">
      <svg
        width={53 * (size + gap)}
        height={7 * (size + gap)}
        role="img"
        aria-label={`Reviews per day over the last year: ${days.reduce((n, d) => n + d.count, 0)} reviews on ${days.length} days`}
      >
        {cells.map((c) => (
          <rect
            key={c.day}
            x={c.col * (size + gap)}
            y={c.row * (size + gap)}
            width={size}
            height={size}
            rx={2}
            className={fills[level(c.count)]}
          >
            <title>{`${c.day}: ${c.count} review${c.count === 1 ? "" : "s"}`}</title>
          </rect>
        ))}
      </svg>
    </div>
  );
}
