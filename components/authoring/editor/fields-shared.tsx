"use client";
import type { InputHTMLAttributes, ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { ErrorText, TextAreaField, TextField } from "@/components/ui/field";
import type { Draft } from "./draft";
import { row, type Row } from "./rows";

/**
 * One editor per question type. Each gets the draft, a setter and the errors by field key
 * ("payload.options.1.text"); every input is labelled and points at its error message.
 */
export interface TypeFieldsProps {
  d: Draft;
  set: (patch: Partial<Draft>) => void;
  errs: (key: string, exact?: boolean) => string[] | undefined;
}

/** The draft's free-text fields (not `type` or `numericMode`, whose values are fixed words). */
export type DraftTextKey = { [K in keyof Draft]-?: string extends Draft[K] ? K : never }[keyof Draft];

/**
 * A text input bound to one text field of the draft: it shows the field, writes it back and
 * shows the errors under `errKey` (default: the field's own name). `multiline` is a Markdown textarea.
 */
export function DraftField({
  form: { d, set, errs },
  field,
  id = field,
  errKey = field,
  multiline = false,
  ...rest
}: {
  form: TypeFieldsProps;
  field: DraftTextKey;
  id?: string;
  errKey?: string;
  multiline?: boolean;
  label: string;
  hint?: string;
  className?: string;
} & Pick<InputHTMLAttributes<HTMLInputElement>, "inputMode" | "autoComplete">) {
  const bound = {
    id,
    value: d[field],
    onChange: (e: { target: { value: string } }) => set({ [field]: e.target.value }),
    errors: errs(errKey),
  };
  return multiline ? <TextAreaField rows={4} {...bound} {...rest} /> : <TextField {...bound} {...rest} />;
}

const addClass = buttonClass("secondary", "self-start px-3 py-1");
const removeClass = buttonClass("ghost", "px-2 py-1 text-red-700 dark:text-red-400");

/** A row's Remove button, named for its row ("Remove pair 2") because every row has one. */
export function RemoveButton({ what, onClick, className }: { what: string; onClick: () => void; className?: string }) {
  return (
    <button
      type="button"
      className={className ? `${removeClass} ${className}` : removeClass}
      onClick={onClick}
      aria-label={`Remove ${what}`}
    >
      Remove
    </button>
  );
}

export function AddButton({
  onClick,
  disabled,
  children,
}: {
  onClick: () => void;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <button type="button" className={addClass} onClick={onClick} disabled={disabled}>
      {children}
    </button>
  );
}

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

/**
 * A draft list the author grows and shrinks: each row's fields (rendered by `children`, given
 * `edit` to patch that row and `remove` for its Remove button), then an Add button, off at `max` rows.
 */
export function RowList<R extends { key: string }>({
  rows,
  onChange,
  make,
  max,
  addLabel,
  rowClass,
  children,
}: {
  rows: R[];
  onChange: (rows: R[]) => void;
  make: () => R;
  max: number;
  addLabel: string;
  rowClass: string;
  children: (r: R, i: number, row: { edit: (patch: Partial<R>) => void; remove: () => void }) => ReactNode;
}) {
  return (
    <>
      {rows.map((r, i) => (
        <div key={r.key} className={rowClass}>
          {children(r, i, {
            edit: (patch) => onChange(replaceAt(rows, i, patch)),
            remove: () => onChange(removeAt(rows, i)),
          })}
        </div>
      ))}
      <AddButton onClick={() => onChange([...rows, make()])} disabled={rows.length >= max}>
        {addLabel}
      </AddButton>
    </>
  );
}

/** The draft's lists of plain text rows. */
type DraftTextRowsKey = {
  [K in keyof Draft]-?: Draft[K] extends Row[] ? (Row[] extends Draft[K] ? K : never) : never;
}[keyof Draft];

/**
 * A Group of the draft's text rows `field` ("Accepted answer 1", "Accepted answer 2", …), each
 * removable, with the list's errors at payload.<field> and each row's at payload.<field>.<i>.
 * `children` come after the rows (options that apply to the whole list).
 */
export function TextRows({
  form: { d, set, errs },
  field,
  legend,
  hint,
  rowId,
  rowLabel,
  max,
  addLabel,
  children,
}: {
  form: TypeFieldsProps;
  field: DraftTextRowsKey;
  legend: string;
  hint: string;
  rowId: string;
  rowLabel: string;
  max: number;
  addLabel: string;
  children?: ReactNode;
}) {
  const errKey = `payload.${field}`;
  return (
    <Group id={field} legend={legend} hint={hint} errors={errs(errKey, true)}>
      <RowList
        rows={d[field]}
        onChange={(rows) => set({ [field]: rows })}
        make={row}
        max={max}
        addLabel={addLabel}
        rowClass="flex items-end gap-2"
      >
        {(r, i, { edit, remove }) => (
          <>
            <TextField
              id={`${rowId}-${i}`}
              label={`${rowLabel} ${i + 1}`}
              value={r.text}
              onChange={(e) => edit({ text: e.target.value })}
              errors={errs(`${errKey}.${i}`)}
              className="flex-1"
            />
            <RemoveButton what={`${rowLabel} ${i + 1}`.toLowerCase()} onClick={remove} className="mb-1" />
          </>
        )}
      </RowList>
      {children}
    </Group>
  );
}
