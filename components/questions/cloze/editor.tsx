"use client";
import { useRef } from "react";
import { controlClass, ErrorText, TextAreaField } from "@/components/ui/field";
import { blanksInText, syncBlanks } from "./draft";
import { AddButton, Group, type TypeFieldsProps } from "@/components/authoring/editor/fields-shared";

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
          aria-describedby={["cloze-text-hint", errs("payload.text") ? "cloze-text-error" : null]
            .filter(Boolean)
            .join(" ")}
          className={`${controlClass} font-mono text-sm`}
        />
        <p id="cloze-text-hint" className="text-xs text-slate-600 dark:text-slate-400">
          Markdown; write [[1]], [[2]] … where the blanks go, in order. A blank row appears for each.
        </p>
        <ErrorText id="cloze-text-error" errors={errs("payload.text")} />
      </div>
      <AddButton onClick={insertBlank}>Insert blank at cursor</AddButton>
      {d.blanks.map((b, i) => (
        <div key={b.key} className="flex flex-col gap-1 rounded-md bg-slate-50 p-2 dark:bg-slate-900">
          <TextAreaField
            id={`blank-${i}`}
            label={`Accepted answers for blank ${i + 1} (one per line)`}
            rows={2}
            value={b.accepted}
            onChange={(e) =>
              set({ blanks: d.blanks.map((x, j) => (j === i ? { ...x, accepted: e.target.value } : x)) })
            }
            errors={errs(`payload.blanks.${i}`)}
          />
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={b.caseSensitive}
              onChange={(e) =>
                set({ blanks: d.blanks.map((x, j) => (j === i ? { ...x, caseSensitive: e.target.checked } : x)) })
              }
              className="size-4 accent-brand-600"
            />
            Blank {i + 1} is case-sensitive
          </label>
        </div>
      ))}
    </Group>
  );
}
