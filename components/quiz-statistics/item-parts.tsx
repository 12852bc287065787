import type { ReactNode } from "react";
import { plainText } from "@/lib/markdown/plain-text";
import type { ItemStatsDto } from "@/lib/authoring/schemas";
import { FLAG_THRESHOLDS } from "@/lib/authoring/item-stats";
import { QUESTION_TYPE_LABELS, type QuestionType } from "@/lib/questions/question-types";

// The deck's statistics (components/authoring/stats-table.tsx) and the quiz's (./item-table.tsx)
// show a question and its flags the same way, so an instructor reads both alike.

type Flag = ItemStatsDto["flags"][number];

const FLAG_TEXT: Record<Flag, string> = {
  "too-hard": `Too hard (facility < ${FLAG_THRESHOLDS.facilityLow}%)`,
  "too-easy": `Too easy (facility > ${FLAG_THRESHOLDS.facilityHigh}%)`,
  "low-discrimination": `Low discrimination (< ${FLAG_THRESHOLDS.discriminationLow})`,
};

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The question's number, its prompt cut to one line's worth, and its type (and "archived"). */
export function ItemPrompt({
  number,
  item,
}: {
  number: ReactNode;
  item: { prompt: string; type: QuestionType; archived: boolean };
}) {
  return (
    <>
      <p>
        <span className="font-mono text-slate-600 dark:text-slate-400">{number}.</span>{" "}
        {clip(plainText(item.prompt), 120)}
      </p>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {QUESTION_TYPE_LABELS[item.type]}
        {item.archived ? " · archived" : ""}
      </p>
    </>
  );
}

/** Said instead of flags while a question has too few attempts to judge. */
export function TooFewToFlag({ attempts, needed }: { attempts: number; needed: number }) {
  return (
    <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
      Not enough attempts to flag ({attempts} of the {needed} needed)
    </p>
  );
}

/** The question's flags as badges; nothing when it has none. */
export function ItemFlags({ flags }: { flags: Flag[] }) {
  if (flags.length === 0) return null;
  return (
    <ul aria-label="Flags" className="mt-1 flex flex-wrap gap-1">
      {flags.map((f) => (
        <li
          key={f}
          className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100"
        >
          ⚑ {FLAG_TEXT[f]}
        </li>
      ))}
    </ul>
  );
}
