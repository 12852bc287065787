"use client";
import { TextField } from "@/components/ui/field";
import { option } from "@/components/authoring/editor/rows";
import { Group, RemoveButton, RowList, type TypeFieldsProps } from "@/components/authoring/editor/fields-shared";

export function ChoiceFields({ d, set, errs }: TypeFieldsProps) {
  const single = d.type === "single";
  return (
    <Group
      id="options"
      legend="Options"
      hint={
        single
          ? "Exactly one option is right. Learners see the options shuffled."
          : "Tick every right option (at least one right, one wrong). Learners see them shuffled."
      }
      errors={errs("payload.options", true)}
    >
      <RowList
        rows={d.options}
        onChange={(options) => set({ options })}
        make={option}
        max={10}
        addLabel="Add option"
        rowClass="flex flex-col gap-2 rounded-md bg-slate-50 p-2 dark:bg-slate-900"
      >
        {(o, i, { edit, remove }) => (
          <>
            <TextField
              id={`option-${i}-text`}
              label={`Option ${i + 1}`}
              value={o.text}
              onChange={(e) => edit({ text: e.target.value })}
              errors={errs(`payload.options.${i}.text`)}
            />
            <div className="flex flex-wrap items-center justify-between gap-3">
              <label className="flex items-center gap-2 text-sm">
                <input
                  type={single ? "radio" : "checkbox"}
                  name="correct-option"
                  checked={o.correct}
                  onChange={(e) =>
                    single
                      ? set({ options: d.options.map((x, j) => ({ ...x, correct: j === i })) })
                      : edit({ correct: e.target.checked })
                  }
                  className="size-4 accent-brand-600"
                />
                {single ? `Option ${i + 1} is the right answer` : `Option ${i + 1} is right`}
              </label>
              <RemoveButton what={`option ${i + 1}`} onClick={remove} />
            </div>
            <TextField
              id={`option-${i}-feedback`}
              label={`Feedback for option ${i + 1} (optional)`}
              value={o.feedback}
              onChange={(e) => edit({ feedback: e.target.value })}
              errors={errs(`payload.options.${i}.feedback`)}
            />
          </>
        )}
      </RowList>
    </Group>
  );
}
