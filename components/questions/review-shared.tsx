import type { ReactNode } from "react";
import type { Choice } from "@/lib/questions/types";
import { Markdown } from "./markdown";

/** The text of the choice with this id, if the learner picked one. */
export const textOf = (choices: Choice[], id: string | undefined) => choices.find((c) => c.id === id)?.text;

export const OK_CLASS = "text-green-800 dark:text-green-300";
export const BAD_CLASS = "text-red-800 dark:text-red-300";

/** A ✓/✗ verdict that is readable without colour: the symbol is decorative, the words carry it. */
export function Mark({ ok, children }: { ok: boolean; children: ReactNode }) {
  return (
    <span className={`font-medium ${ok ? OK_CLASS : BAD_CLASS}`}>
      <span aria-hidden="true">{ok ? "✓" : "✗"} </span>
      {children}
    </span>
  );
}

export function rowClass(state: "right" | "wrong" | "plain"): string {
  const base = "rounded-md border px-3 py-2";
  if (state === "right") return `${base} border-green-600 bg-green-50 dark:border-green-700 dark:bg-green-950`;
  if (state === "wrong") return `${base} border-red-600 bg-red-50 dark:border-red-700 dark:bg-red-950`;
  return `${base} border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-900`;
}

export function Feedback({ children }: { children: ReactNode }) {
  return (
    <div className="mt-1 border-l-2 border-slate-300 pl-3 text-sm text-slate-700 dark:border-slate-600 dark:text-slate-300">
      {children}
    </div>
  );
}

export const labelClass = "text-sm font-medium text-slate-600 dark:text-slate-400";
export const tableClass = "w-full table-fixed border-collapse text-left text-sm";
// Long words and code wrap inside their cell, so a review never widens a phone screen.
export const cellClass = "border border-slate-300 px-2 py-1 align-top [overflow-wrap:anywhere] dark:border-slate-700";

export function withUnit(n: number, unit?: string): string {
  if (!unit) return String(n);
  return /^[%×°]$/.test(unit) ? `${n}${unit}` : `${n} ${unit}`;
}

export const NO_ANSWER = <span className="italic text-slate-600 dark:text-slate-400">no answer</span>;

/** The accepted answers of a short answer or a blank, as code. */
export const Accepted = ({ list }: { list: string[] }) => (
  <span>
    {list.map((a, i) => (
      <span key={a}>
        {i > 0 && <span aria-hidden="true"> · </span>}
        <code className="rounded bg-slate-100 px-1 font-mono text-[0.9em] dark:bg-slate-800">{a}</code>
        {i < list.length - 1 && <span className="sr-only">, </span>}
      </span>
    ))}
  </span>
);

/** The learner's text with its verdict in words: "42 (correct)". */
export const Judged = ({ text, ok }: { text: string; ok: boolean }) => (
  <Mark ok={ok}>{`${text} (${ok ? "correct" : "wrong"})`}</Mark>
);

/**
 * The review of a one-value answer: "Your answer: …" judged, then the right answer under
 * `rightLabel`, then any `children` (feedback). `given` is undefined when the learner gave none.
 */
export function AnswerLines({
  given,
  ok,
  rightLabel = "Correct answer: ",
  right,
  children,
}: {
  given: string | undefined;
  ok: boolean;
  rightLabel?: string;
  right: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-2">
      <p>
        <span className={labelClass}>Your answer: </span>
        {given === undefined ? NO_ANSWER : <Judged text={given} ok={ok} />}
      </p>
      <p>
        <span className={labelClass}>{rightLabel}</span>
        {right}
      </p>
      {children}
    </div>
  );
}

/** One row of a ReviewTable: what it is about, the learner's answer, and the right one. */
export interface ReviewRow {
  key: string | number;
  head: ReactNode;
  mine: ReactNode;
  right: ReactNode;
}

/** The three-column review of a many-part answer (blanks, matches, positions). */
export function ReviewTable({ columns, rows }: { columns: readonly [string, string, string]; rows: ReviewRow[] }) {
  return (
    <table className={tableClass}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col" className={cellClass}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row" className={cellClass}>
              {r.head}
            </th>
            <td className={cellClass}>{r.mine}</td>
            <td className={cellClass}>{r.right}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The learner's pick in a ReviewTable cell, with its verdict below ("Right place" / "Wrong place"). */
export function PickedCell({ text, ok, verdict }: { text: string | undefined; ok: boolean; verdict: string }) {
  return (
    <>
      {text ? <Markdown inline>{text}</Markdown> : NO_ANSWER}
      <div>
        <Mark ok={ok}>{verdict}</Mark>
      </div>
    </>
  );
}
