import { plainText } from "@/lib/markdown/plain-text";
import { ItemFlags, ItemPrompt, TooFewToFlag } from "./item-parts";
import type { QuizItemStatisticsDto } from "@/lib/quiz/statistics/schemas";

const fmt = (x: number | null, suffix = "") => (x === null ? "—" : `${x.toFixed(2)}${suffix}`);

function Options({ item }: { item: QuizItemStatisticsDto }) {
  if (!item.options) return null;
  return (
    <details className="mt-1 text-xs">
      <summary className="cursor-pointer text-brand-700 dark:text-brand-100">Options chosen</summary>
      <ul className="mt-1 flex flex-col gap-1">
        {item.options.map((o) => (
          <li key={o.id}>
            <span className="tabular-nums">{o.count}×</span> {plainText(o.text)}
            {o.correct ? <strong> (right)</strong> : ""}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Moodle's "Quiz structure analysis": one row per question. */
export function ItemTable({ items, minAttempts }: { items: QuizItemStatisticsDto[]; minAttempts: number }) {
  const head = [
    "Question",
    "Attempts",
    "Facility index",
    "Standard deviation",
    "Discrimination index",
    "Discriminative efficiency",
  ];
  return (
    <div className="relative overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">Statistics of each question</caption>
        <thead>
          <tr className="text-left">
            {head.map((h) => (
              <th key={h} scope="col" className="px-2 py-2 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => (
            <tr key={item.questionId} className="border-t border-slate-200 align-top dark:border-slate-800">
              <td className="min-w-56 max-w-xs px-2 py-2">
                <ItemPrompt number={i + 1} item={item} />
                {item.enoughAttempts ? (
                  <ItemFlags flags={item.flags} />
                ) : (
                  <TooFewToFlag attempts={item.attempts} needed={minAttempts} />
                )}
                <Options item={item} />
              </td>
              <td className="px-2 py-2 tabular-nums">{item.attempts}</td>
              <td className="px-2 py-2 tabular-nums">{fmt(item.facility, "%")}</td>
              <td className="px-2 py-2 tabular-nums">{fmt(item.sd, "%")}</td>
              <td className="px-2 py-2 tabular-nums">{fmt(item.discriminationIndex)}</td>
              <td className="px-2 py-2 tabular-nums">{fmt(item.discriminativeEfficiency, "%")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
