"use client";
import { useRef } from "react";
import { controlClass, ErrorText, TextAreaField, TextField } from "@/components/ui/field";
import { blanksInText, syncBlanks } from "./draft";
import { addClass, Group, TextRows, type TypeFieldsProps } from "./fields-shared";

export function ShortFields({ d, set, errs }: TypeFieldsProps) {
  return (
    <Group id="accepted" legend="Accepted answers" hint="Any of these counts as right. Answers are trimmed and compared ignoring case unless you tick Case-sensitive." errors={errs("payload.accepted", true)}>
      <TextRows id="accepted" rows={d.accepted} label={(i) => `Accepted answer ${i + 1}`} onChange={(accepted) => set({ accepted })} errs={errs} errKey="payload.accepted" max={20} addLabel="Add accepted answer" />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={d.caseSensitive} onChange={(e) => set({ caseSensitive: e.target.checked })} className="size-4 accent-brand-600" />
        Case-sensitive
      </label>
    </Group>
  );
}

export function NumericFields({ d, set, errs }: TypeFieldsProps) {
  const numberProps = { inputMode: "decimal" as const, autoComplete: "off" };
  return (
    <Group id="numeric" legend="Right answer" errors={errs("payload", true)}>
      <div role="radiogroup" aria-label="Kind of answer" className="flex flex-wrap gap-4">
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="numeric-mode" checked={d.numericMode === "exact"} onChange={() => set({ numericMode: "exact" })} className="size-4 accent-brand-600" />
          A value, with a tolerance
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="numeric-mode" checked={d.numericMode === "range"} onChange={() => set({ numericMode: "range" })} className="size-4 accent-brand-600" />
          A range
        </label>
      </div>
      <div className="flex flex-wrap gap-3">
        {d.numericMode === "exact" ? (
          <>
            <TextField id="numeric-value" label="Value" value={d.value} onChange={(e) => set({ value: e.target.value })} errors={errs("payload.value")} {...numberProps} />
            <TextField id="numeric-tolerance" label="Tolerance (±, optional)" value={d.tolerance} onChange={(e) => set({ tolerance: e.target.value })} errors={errs("payload.tolerance")} {...numberProps} />
          </>
        ) : (
          <>
            <TextField id="numeric-min" label="Minimum" value={d.min} onChange={(e) => set({ min: e.target.value })} errors={errs("payload.min")} {...numberProps} />
            <TextField id="numeric-max" label="Maximum" value={d.max} onChange={(e) => set({ max: e.target.value })} errors={errs("payload.max")} {...numberProps} />
          </>
        )}
        <TextField id="numeric-unit" label="Unit (optional)" value={d.unit} onChange={(e) => set({ unit: e.target.value })} errors={errs("payload.unit")} className="max-w-40" />
      </div>
    </Group>
  );
}

export function ClozeFields({ d, set, errs }: TypeFieldsProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const setText = (clozeText: string) => set({ clozeText, blanks: syncBlanks({ ...d, clozeText }) });
  function insertBlank() {
    const n = Math.max(0, ...blanksInText(d.clozeText)) + 1;
    const el = ref.current;
    const at = el?.selectionStart ?? d.clozeText.length;
    const token = `[[${n}]]`;
    setText(d.clozeText.slice(0, at) + token + d.clozeText.slice(at));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + token.length, at + token.length);
    });
  }
  return (
    <Group id="cloze" legend="Text with blanks" errors={errs("payload.blanks", true)}>
      <div className="flex flex-col gap-1">
        <label htmlFor="cloze-text" className="text-sm font-medium">
          Text
        </label>
        <textarea
          ref={ref}
          id="cloze-text"
          rows={4}
          value={d.clozeText}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={errs("payload.text") ? true : undefined}
          aria-describedby={["cloze-text-hint", errs("payload.text") ? "cloze-text-error" : null].filter(Boolean).join(" ")}
          className={`${controlClass} font-mono text-sm`}
        />
        <p id="cloze-text-hint" className="text-xs text-slate-600 dark:text-slate-400">
          Markdown; write [[1]], [[2]] … where the blanks go, in order. A blank row appears for each.
        </p>
        <ErrorText id="cloze-text-error" errors={errs("payload.text")} />
      </div>
      <button type="button" className={addClass} onClick={insertBlank}>
        Insert blank at cursor
      </button>
      {d.blanks.map((b, i) => (
        <div key={b.key} className="flex flex-col gap-1 rounded-md bg-slate-50 p-2 dark:bg-slate-900">
          <TextAreaField
            id={`blank-${i}`}
            label={`Accepted answers for blank ${i + 1} (one per line)`}
            rows={2}
            value={b.accepted}
            onChange={(e) => set({ blanks: d.blanks.map((x, j) => (j === i ? { ...x, accepted: e.target.value } : x)) })}
            errors={errs(`payload.blanks.${i}`)}
          />
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={b.caseSensitive}
              onChange={(e) => set({ blanks: d.blanks.map((x, j) => (j === i ? { ...x, caseSensitive: e.target.checked } : x)) })}
              className="size-4 accent-brand-600"
            />
            Blank {i + 1} is case-sensitive
          </label>
        </div>
      ))}
    </Group>
  );
}

export function FlashcardFields({ d, set, errs }: TypeFieldsProps) {
  return (
    <TextAreaField id="flashcard-back" label="Back of the card" hint="Markdown. Learners reveal it and grade themselves." rows={4} value={d.back} onChange={(e) => set({ back: e.target.value })} errors={errs("payload.back")} />
  );
}
