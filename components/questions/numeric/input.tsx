"use client";
import { useState } from "react";
import { answerSchemas } from "@/lib/questions/answer-shapes";
import { textInputClass, type InputProps } from "../input-shared";

const labelClass = "text-sm font-medium text-slate-700 dark:text-slate-300";

/** Accepts "1.5", "-2", ".5", "1e3" and a decimal comma ("1,5"); anything else is undefined. */
export function parseDecimal(text: string): number | undefined {
  let t = text.trim().replace(/[\s_]/g, "");
  if (!t.includes(".") && /^[^,]*,[^,]*$/.test(t)) t = t.replace(",", ".");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

export function NumericInput({ view, value, onChange, disabled, idPrefix }: InputProps<"numeric">) {
  const id = `${idPrefix}-numeric`;
  const external = answerSchemas.numeric.safeParse(value).data?.value;
  const [text, setText] = useState(external === undefined ? "" : String(external));
  const local = parseDecimal(text);
  // The parent owns the answer: when it changes it (reset, restore), show its value.
  if (external !== local) setText(external === undefined ? "" : String(external));
  const invalid = text.trim() !== "" && local === undefined;

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={labelClass}>
        Your answer{view.unit ? ` (${view.unit})` : ""}
      </label>
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={text}
          onChange={(e) => {
            const next = e.currentTarget.value;
            setText(next);
            const n = parseDecimal(next);
            onChange(n === undefined ? undefined : { value: n });
          }}
          disabled={disabled}
          maxLength={40}
          autoComplete="off"
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-hint`}
          className={`${textInputClass} w-40`}
        />
        {view.unit && (
          <span aria-hidden="true" className="text-slate-700 dark:text-slate-300">
            {view.unit}
          </span>
        )}
      </div>
      <p id={`${id}-hint`} aria-live="polite" className="text-xs text-slate-600 dark:text-slate-400">
        {invalid ? "Enter a number, for example 42 or 1.5." : ""}
      </p>
    </div>
  );
}
