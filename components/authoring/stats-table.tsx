"use client";
import { useState } from "react";
import { plainText } from "@/lib/markdown/plain-text";
import type { ItemStatsDto } from "@/lib/authoring/schemas";
import { ItemFlags, ItemPrompt, TooFewToFlag } from "@/components/quiz-statistics/item-parts";
import { MIN_ATTEMPTS_FOR_FLAGS } from "@/lib/quiz/statistics/thresholds";

type Key = "position" | "facility" | "discrimination" | "attempts" | "averageGrade" | "lapseRate";
const COLUMNS: { key: Key; label: string }[] = [
  { key: "position", label: "Question" },
  { key: "attempts", label: "Attempts" },
  { key: "facility", label: "Facility" },
  { key: "discrimination", label: "Discrimination" },
  { key: "averageGrade", label: "Avg grade" },
  { key: "lapseRate", label: "Lapse rate" },
];

/** A number with a small bar; `max` is the full-scale value. Negative values draw red to the left of centre. */
function Bar({
  value,
  max,
  text,
  signed = false,
}: {
  value: number | null;
  max: number;
  text: string;
  signed?: boolean;
}) {
  if (value === null) return <span className="text-slate-500 dark:text-slate-400">—</span>;
  const pct = Math.min(100, (Math.abs(value) / max) * 100);
  return (
    <span className="flex items-center gap-2">
      <span className="w-10 text-right tabular-nums">{text}</span>
      <span aria-hidden="true" className="relative h-2 w-14 rounded bg-slate-200 dark:bg-slate-700">
        {signed ? (
          <span
            className={`absolute top-0 h-2 rounded ${value < 0 ? "bg-red-600 dark:bg-red-400" : "bg-brand-600 dark:bg-brand-500"}`}
            style={value < 0 ? { right: "50%", width: `${pct / 2}%` } : { left: "50%", width: `${pct / 2}%` }}
          />
        ) : (
          <span
            className="absolute left-0 top-0 h-2 rounded bg-brand-600 dark:bg-brand-500"
            style={{ width: `${pct}%` }}
          />
        )}
      </span>
    </span>
  );
}

function Options({ item }: { item: ItemStatsDto }) {
  if (!item.options) return null;
  const total = Math.max(1, ...item.options.map((o) => o.count));
  return (
    <details className="mt-1 text-xs">
      <summary className="cursor-pointer text-brand-700 dark:text-brand-100">Options chosen</summary>
      <ul className="mt-1 flex flex-col gap-1">
        {item.options.map((o) => (
          <li key={o.id} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="h-2 rounded bg-slate-500"
              style={{ width: `${(o.count / total) * 4}rem`, minWidth: o.count ? "0.25rem" : 0 }}
            />
            <span className="tabular-nums">{o.count}×</span>
            <span>
              {plainText(o.text)}
              {o.correct ? <strong> (right)</strong> : ""}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Per-question statistics; sort by any column (click or Enter on its header button). */
export function StatsTable({ items }: { items: ItemStatsDto[] }) {
  const [sort, setSort] = useState<{ key: Key; dir: "asc" | "desc" }>({ key: "position", dir: "asc" });
  const [withArchived, setWithArchived] = useState(false);
  // "position" sorts by deck order: live questions first, as the service lists them.
  const rank = new Map(items.map((q, i) => [q.questionId, i]));
  const value = (q: ItemStatsDto, key: Key) => (key === "position" ? rank.get(q.questionId)! : q[key]);
  const archivedCount = items.filter((q) => q.archived).length;
  const shown = withArchived ? items : items.filter((q) => !q.archived);
  const sorted = [...shown].sort((a, b) => {
    const x = value(a, sort.key);
    const y = value(b, sort.key);
    // Empty values (no data yet) always go last.
    if (x === null && y === null) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return sort.dir === "asc" ? x - y : y - x;
  });
  const number = new Map(items.filter((q) => !q.archived).map((q, i) => [q.questionId, i + 1]));
  const fmt = (v: number | null, digits = 0) => (v === null ? "—" : v.toFixed(digits));

  return (
    <div className="flex flex-col gap-3">
      {archivedCount > 0 && (
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={withArchived}
            onChange={(e) => setWithArchived(e.target.checked)}
            className="size-4 accent-brand-600"
          />
          Include {archivedCount} archived question{archivedCount === 1 ? "" : "s"}
        </label>
      )}
      <div className="relative overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Statistics per question; column headers sort the table</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left dark:border-slate-700">
              {COLUMNS.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={sort.key === c.key ? (sort.dir === "asc" ? "ascending" : "descending") : undefined}
                  className="px-2 py-2 font-semibold"
                >
                  <button
                    type="button"
                    onClick={() =>
                      setSort((s) => ({ key: c.key, dir: s.key === c.key && s.dir === "asc" ? "desc" : "asc" }))
                    }
                    className="inline-flex items-center gap-1 underline-offset-4 hover:underline"
                  >
                    {c.label}
                    <span aria-hidden="true">{sort.key === c.key ? (sort.dir === "asc" ? "▲" : "▼") : "↕"}</span>
                  </button>
                </th>
              ))}
              <th scope="col" className="px-2 py-2 font-semibold">
                Reviews
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((item) => (
              <tr key={item.questionId} className="border-b border-slate-200 align-top dark:border-slate-800">
                <td className="min-w-56 max-w-xs px-2 py-2">
                  <ItemPrompt number={item.archived ? "—" : number.get(item.questionId)} item={item} />
                  {item.attempts < MIN_ATTEMPTS_FOR_FLAGS && (
                    <TooFewToFlag attempts={item.attempts} needed={MIN_ATTEMPTS_FOR_FLAGS} />
                  )}
                  <ItemFlags flags={item.flags} />
                  <Options item={item} />
                </td>
                <td className="px-2 py-2 tabular-nums">{item.attempts}</td>
                <td className="px-2 py-2">
                  <Bar value={item.facility} max={100} text={item.facility === null ? "—" : `${fmt(item.facility)}%`} />
                </td>
                <td className="px-2 py-2">
                  <Bar value={item.discrimination} max={100} text={fmt(item.discrimination)} signed />
                </td>
                <td className="px-2 py-2">
                  <Bar value={item.averageGrade} max={5} text={fmt(item.averageGrade, 1)} />
                </td>
                <td className="px-2 py-2">
                  <Bar
                    value={item.lapseRate}
                    max={100}
                    text={item.lapseRate === null ? "—" : `${fmt(item.lapseRate)}%`}
                  />
                </td>
                <td className="px-2 py-2 tabular-nums">{item.reviews}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
