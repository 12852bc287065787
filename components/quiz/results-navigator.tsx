"use client";
import type { AttemptResult } from "@/lib/quiz/schemas";
import { RESULT_WORDS, resultAnchor, resultKind } from "./result-kind";

type Item = AttemptResult["items"][number];

// A symbol as well as a colour, so the state never rests on colour alone.
const STYLE = {
  right: ["✓", "border-green-700 bg-green-100 text-green-950 dark:bg-green-950 dark:text-green-100"],
  partly: ["◐", "border-amber-600 bg-amber-100 text-amber-950 dark:bg-amber-950 dark:text-amber-100"],
  wrong: ["✗", "border-red-700 bg-red-100 text-red-950 dark:bg-red-950 dark:text-red-100"],
  answered: ["•", "border-slate-500 bg-slate-100 text-slate-900 dark:bg-slate-800 dark:text-slate-100"],
  unanswered: ["–", "border-slate-400 bg-white text-slate-800 dark:bg-slate-900 dark:text-slate-200"],
  hidden: ["·", "border-slate-300 bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300"],
} as const;

/**
 * One link per question, sticky at the top while the results scroll, so any question's result
 * is one click (or Tab + Enter) away. A single scrollable row, so it stays one line on a phone.
 */
export function ResultsNavigator({ items }: { items: Item[] }) {
  return (
    <nav
      aria-label="Jump to a question"
      className="sticky top-0 z-10 -mx-1 border-b border-slate-200 bg-white/95 px-1 py-2 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95"
    >
      <ol className="flex gap-1 overflow-x-auto pb-1">
        {items.map((item, i) => {
          const kind = resultKind(item);
          const [symbol, style] = STYLE[kind];
          return (
            <li key={item.question.id} className="shrink-0">
              <a
                href={`#${resultAnchor(i)}`}
                // The jump moves keyboard focus too, so Tab continues from the result, not the navigator.
                onClick={() => document.getElementById(resultAnchor(i))?.focus({ preventScroll: true })}
                aria-label={`Question ${i + 1}: ${RESULT_WORDS[kind]}`}
                className={`flex h-9 min-w-11 items-center justify-center gap-0.5 rounded-md border px-1 text-sm font-medium focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none ${style}`}
              >
                {i + 1}
                <span aria-hidden="true">{symbol}</span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
