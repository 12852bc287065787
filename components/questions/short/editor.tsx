"use client";
import { TextRows, type TypeFieldsProps } from "@/components/authoring/editor/fields-shared";

export function ShortFields(form: TypeFieldsProps) {
  return (
    <TextRows
      form={form}
      field="accepted"
      legend="Accepted answers"
      hint="Any of these counts as right. Answers are trimmed and compared ignoring case unless you tick Case-sensitive."
      rowId="accepted"
      rowLabel="Accepted answer"
      max={20}
      addLabel="Add accepted answer"
    >
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={form.d.caseSensitive}
          onChange={(e) => form.set({ caseSensitive: e.target.checked })}
          className="size-4 accent-brand-600"
        />
        Case-sensitive
      </label>
    </TextRows>
  );
}
