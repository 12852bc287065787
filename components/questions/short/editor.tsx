"use client";
import { Group, TextRows, type TypeFieldsProps } from "@/components/authoring/editor/fields-shared";

export function ShortFields({ d, set, errs }: TypeFieldsProps) {
  return (
    <Group
      id="accepted"
      legend="Accepted answers"
      hint="Any of these counts as right. Answers are trimmed and compared ignoring case unless you tick Case-sensitive."
      errors={errs("payload.accepted", true)}
    >
      <TextRows
        id="accepted"
        rows={d.accepted}
        label={(i) => `Accepted answer ${i + 1}`}
        onChange={(accepted) => set({ accepted })}
        errs={errs}
        errKey="payload.accepted"
        max={20}
        addLabel="Add accepted answer"
      />
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={d.caseSensitive}
          onChange={(e) => set({ caseSensitive: e.target.checked })}
          className="size-4 accent-brand-600"
        />
        Case-sensitive
      </label>
    </Group>
  );
}
