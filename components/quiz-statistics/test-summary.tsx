import type { ReactNode } from "react";
import type { QuizStatisticsDto } from "@/lib/quiz/statistics/schemas";

const dash = <span className="text-slate-500 dark:text-slate-400">—</span>;
const fixed = (x: number | null, places = 2) => (x === null ? dash : x.toFixed(places));

/** Moodle's "Quiz information" table: marks shown as a percentage of the most an attempt can score. */
export function TestSummary({ test }: { test: QuizStatisticsDto["test"] }) {
  const pct = (x: number | null) =>
    x === null || test.maxTotal === 0 ? dash : `${((x / test.maxTotal) * 100).toFixed(2)}%`;
  const n = test.attempts;
  const same = test.standardDeviation === 0 ? "Every attempt counted has the same total." : "";
  /** Why a statistic is missing: too few attempts, or Moodle's formula has nothing to divide by. */
  const needs = (min: number) => (n < min ? `Not enough attempts: needs ${min}.` : same);
  const consistency =
    test.slotBasis === null
      ? "Attempts drew different numbers of questions, so there are no common slots."
      : test.slots < 2
        ? "Needs at least 2 questions."
        : needs(3);
  const rows: [string, ReactNode, string][] = [
    ["Attempts counted", n, ""],
    ["Average grade", pct(test.mean), ""],
    ["Median grade", pct(test.median), ""],
    ["Standard deviation", pct(test.standardDeviation), needs(2)],
    ["Skewness", fixed(test.skewness, 4), needs(3)],
    ["Kurtosis", fixed(test.kurtosis, 4), needs(4)],
    ["Coefficient of internal consistency", test.cic === null ? dash : `${test.cic.toFixed(2)}%`, consistency],
    ["Error ratio", test.errorRatio === null ? dash : `${test.errorRatio.toFixed(2)}%`, consistency],
    ["Standard error", pct(test.standardError), consistency],
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
            <td className="py-1 text-xs text-slate-600 dark:text-slate-400">{value === dash ? why : ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
