"use client";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { ErrorText, TextField } from "@/components/ui/field";
import type { Draft } from "./draft";
import { newKey, type Row } from "./rows";

/**
 * One editor per question type. Each gets the draft, a setter and the errors by field key
 * ("payload.options.1.text"); every input is labelled and points at its error message.
 */
export interface TypeFieldsProps {
  d: Draft;
  set: (patch: Partial<Draft>) => void;
  errs: (key: string, exact?: boolean) => string[] | undefined;
}

export const addClass = buttonClass("secondary", "self-start px-3 py-1");
export const removeClass = buttonClass("ghost", "px-2 py-1 text-red-700 dark:text-red-400");

export function Group({
  id,
  legend,
  hint,
  errors,
  children,
}: {
  id: string;
  legend: string;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
}) {
  const describedBy =
    [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset
      aria-describedby={describedBy}
      className="flex flex-col gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-800"
    >
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
      <ErrorText id={`${id}-error`} errors={errors} />
      {children}
    </fieldset>
  );
}

export const replaceAt = <T,>(xs: T[], i: number, patch: Partial<T>): T[] =>
  xs.map((x, j) => (j === i ? { ...x, ...patch } : x));
export const removeAt = <T,>(xs: T[], i: number): T[] => xs.filter((_, j) => j !== i);

export function TextRows({
  id,
  rows,
  label,
  onChange,
  errs,
  errKey,
  max,
  addLabel,
}: {
  id: string;
  rows: Row[];
  label: (i: number) => string;
  onChange: (rows: Row[]) => void;
  errs: TypeFieldsProps["errs"];
  errKey: string;
  max: number;
  addLabel: string;
}) {
  return (
    <>
      {rows.map((r, i) => (
        <div key={r.key} className="flex items-end gap-2">
          <TextField
            id={`${id}-${i}`}
            label={label(i)}
            value={r.text}
            onChange={(e) => onChange(replaceAt(rows, i, { text: e.target.value }))}
            errors={errs(`${errKey}.${i}`)}
            className="flex-1"
          />
          <button
            type="button"
            className={`${removeClass} mb-1`}
            onClick={() => onChange(removeAt(rows, i))}
            aria-label={`Remove ${label(i).toLowerCase()}`}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className={addClass}
        onClick={() => onChange([...rows, { key: newKey(), text: "" }])}
        disabled={rows.length >= max}
      >
        {addLabel}
      </button>
    </>
  );
}
