"use client";
import { TextField } from "@/components/ui/field";
import { option } from "@/components/authoring/editor/rows";
import {
  AddButton,
  Group,
  removeAt,
  RemoveButton,
  replaceAt,
  type TypeFieldsProps,
} from "@/components/authoring/editor/fields-shared";

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
      {d.options.map((o, i) => (
        <div key={o.key} className="flex flex-col gap-2 rounded-md bg-slate-50 p-2 dark:bg-slate-900">
          <TextField
            id={`option-${i}-text`}
            label={`Option ${i + 1}`}
            value={o.text}
            onChange={(e) => set({ options: replaceAt(d.options, i, { text: e.target.value }) })}
            errors={errs(`payload.options.${i}.text`)}
          />
          <div className="flex flex-wrap items-center justify-between gap-3">
            <label className="flex items-center gap-2 text-sm">
              <input
                type={single ? "radio" : "checkbox"}
                name="correct-option"
                checked={o.correct}
                onChange={(e) =>
                  set({
                    options: single
                      ? d.options.map((x, j) => ({ ...x, correct: j === i }))
                      : replaceAt(d.options, i, { correct: e.target.checked }),
                  })
                }
                className="size-4 accent-brand-600"
              />
              {single ? `Option ${i + 1} is the right answer` : `Option ${i + 1} is right`}
            </label>
            <RemoveButton what={`option ${i + 1}`} onClick={() => set({ options: removeAt(d.options, i) })} />
          </div>
          <TextField
            id={`option-${i}-feedback`}
            label={`Feedback for option ${i + 1} (optional)`}
            value={o.feedback}
            onChange={(e) => set({ options: replaceAt(d.options, i, { feedback: e.target.value }) })}
            errors={errs(`payload.options.${i}.feedback`)}
          />
        </div>
      ))}
      <AddButton onClick={() => set({ options: [...d.options, option()] })} disabled={d.options.length >= 10}>
        Add option
      </AddButton>
    </Group>
  );
}
