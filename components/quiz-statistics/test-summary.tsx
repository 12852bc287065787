import type { ReactNode } from "react";
import type { QuizStatisticsDto } from "@/lib/quiz/statistics/schemas";

const dash = <span className="text-slate-500 dark:text-slate-400">—</span>;
const fixed = (x: number | null, places = 2) => (x === null ? dash : x.toFixed(places));

/** Moodle's "Quiz information" table: marks shown as a percentage of the most an attempt can score. */
export function TestSummary({ test }: { test: QuizStatisticsDto["test"] }) {
  const pct = (x: number | null) =>
    x === null || test.maxTotal === 0 ? dash : `${((x / test.maxTotal) * 100).toFixed(2)}%`;
  const rows: [string, ReactNode, string][] = [
    ["Attempts counted", test.attempts, ""],
    ["Average grade", pct(test.mean), ""],
    ["Median grade", pct(test.median), ""],
    ["Standard deviation", pct(test.standardDeviation), "needs 2 attempts"],
    ["Skewness", fixed(test.skewness, 4), "needs 3 attempts whose totals differ"],
    ["Kurtosis", fixed(test.kurtosis, 4), "needs 4 attempts whose totals differ"],
    [
      "Coefficient of internal consistency",
      test.cic === null ? dash : `${test.cic.toFixed(2)}%`,
      test.slotBasis === null
        ? "attempts drew different numbers of questions"
        : "needs 3 attempts whose totals differ and 2 questions",
    ],
    ["Error ratio", test.errorRatio === null ? dash : `${test.errorRatio.toFixed(2)}%`, ""],
    ["Standard error", pct(test.standardError), ""],
  ];
  return (
    <table className="text-sm">
      <caption className="sr-only">Whole-quiz statistics</caption>
      <tbody>
        {rows.map(([label, value, why]) => (
          <tr key={label} className="border-t border-slate-200 dark:border-slate-800">
            <th scope="row" className="py-1 pr-4 text-left font-medium">
              {label}
            </th>
            <td className="py-1 pr-4 tabular-nums">{value}</td>
            <td className="py-1 text-xs text-slate-600 dark:text-slate-400">
              {value === dash && why ? `Not enough attempts: ${why}.` : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
