import { plainText } from "@/components/questions/markdown";
import { FLAG_THRESHOLDS } from "@/lib/authoring/item-stats";
import { QUESTION_TYPE_LABELS } from "@/lib/questions/schemas";
import type { QuizItemStatisticsDto } from "@/lib/quiz/statistics/schemas";

const FLAG_TEXT: Record<QuizItemStatisticsDto["flags"][number], string> = {
  "too-hard": `Too hard (facility < ${FLAG_THRESHOLDS.facilityLow}%)`,
  "too-easy": `Too easy (facility > ${FLAG_THRESHOLDS.facilityHigh}%)`,
  "low-discrimination": `Low discrimination (< ${FLAG_THRESHOLDS.discriminationLow})`,
};

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
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
    <div className="overflow-x-auto">
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
                <p>
                  <span className="font-mono text-slate-600 dark:text-slate-400">{i + 1}.</span>{" "}
                  {clip(plainText(item.prompt), 120)}
                </p>
                <p className="text-xs text-slate-600 dark:text-slate-400">
                  {QUESTION_TYPE_LABELS[item.type]}
                  {item.archived ? " · archived" : ""}
                </p>
                {item.enoughAttempts ? (
                  item.flags.length > 0 && (
                    <ul aria-label="Flags" className="mt-1 flex flex-wrap gap-1">
                      {item.flags.map((f) => (
                        <li
                          key={f}
                          className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100"
                        >
                          ⚑ {FLAG_TEXT[f]}
                        </li>
                      ))}
                    </ul>
                  )
                ) : (
                  <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                    Not enough attempts to flag ({item.attempts} of the {minAttempts} needed)
                  </p>
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
