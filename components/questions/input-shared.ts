import type { Answer } from "@/lib/questions/schemas";
import type { PublicView } from "@/lib/questions/types";

/** Props every per-type input gets; `value` is whatever the parent holds (possibly stale or undefined). */
export interface InputProps<T extends PublicView["type"]> {
  view: Extract<PublicView, { type: T }>;
  value: unknown;
  /** Receives an answer in the `answerSchemas` shape, or undefined while it is incomplete. */
  onChange: (answer: Answer | undefined) => void;
  disabled: boolean;
  idPrefix: string;
}

export const legendClass = "mb-2 text-sm font-medium text-slate-700 dark:text-slate-300";

export const optionClass =
  "flex cursor-pointer items-start gap-3 rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 " +
  "hover:bg-slate-50 has-checked:border-brand-500 has-checked:bg-brand-50 has-focus-visible:ring-2 has-focus-visible:ring-brand-500 " +
  "has-disabled:cursor-not-allowed has-disabled:opacity-80 " +
  "dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 dark:has-checked:border-brand-500 dark:has-checked:bg-slate-800";

export const checkClass = "mt-1 size-4 shrink-0 accent-brand-600";

export const textInputClass =
  "rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 aria-invalid:border-red-600 " +
  "disabled:cursor-not-allowed disabled:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:disabled:bg-slate-800";

export const smallButtonClass =
  "inline-flex size-8 items-center justify-center rounded-md border border-slate-300 bg-white text-slate-700 " +
  "hover:bg-slate-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-50 disabled:cursor-not-allowed disabled:opacity-50 " +
  "dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800";
