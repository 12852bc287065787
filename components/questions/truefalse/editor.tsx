"use client";
import { DraftField, Group, type TypeFieldsProps } from "@/components/authoring/editor/fields-shared";

const FEEDBACK_FIELDS = [
  { value: true, field: "feedbackTrue", word: "True" },
  { value: false, field: "feedbackFalse", word: "False" },
] as const;

export function TrueFalseFields(form: TypeFieldsProps) {
  const { d, set, errs } = form;
  return (
    <Group id="truefalse" legend="Answer" errors={errs("payload", true)}>
      <div role="radiogroup" aria-label="The statement is" className="flex gap-4">
        {FEEDBACK_FIELDS.map(({ value }) => (
          <label key={String(value)} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="tf-answer"
              checked={d.tfAnswer === value}
              onChange={() => set({ tfAnswer: value })}
              className="size-4 accent-brand-600"
            />
            The statement is {String(value)}
          </label>
        ))}
      </div>
      {FEEDBACK_FIELDS.map(({ value, field, word }) => (
        <DraftField
          key={field}
          form={form}
          field={field}
          id={`feedback-${String(value)}`}
          errKey={`payload.${field}`}
          label={`Feedback for learners who answer ${word} (optional)`}
        />
      ))}
    </Group>
  );
}
