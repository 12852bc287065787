"use client";
import { TextField } from "@/components/ui/field";
import { Group, type TypeFieldsProps } from "@/components/authoring/editor/fields-shared";

export function TrueFalseFields({ d, set, errs }: TypeFieldsProps) {
  return (
    <Group id="truefalse" legend="Answer" errors={errs("payload", true)}>
      <div role="radiogroup" aria-label="The statement is" className="flex gap-4">
        {[true, false].map((v) => (
          <label key={String(v)} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="tf-answer"
              checked={d.tfAnswer === v}
              onChange={() => set({ tfAnswer: v })}
              className="size-4 accent-brand-600"
            />
            The statement is {v ? "true" : "false"}
          </label>
        ))}
      </div>
      <TextField
        id="feedback-true"
        label="Feedback for learners who answer True (optional)"
        value={d.feedbackTrue}
        onChange={(e) => set({ feedbackTrue: e.target.value })}
        errors={errs("payload.feedbackTrue")}
      />
      <TextField
        id="feedback-false"
        label="Feedback for learners who answer False (optional)"
        value={d.feedbackFalse}
        onChange={(e) => set({ feedbackFalse: e.target.value })}
        errors={errs("payload.feedbackFalse")}
      />
    </Group>
  );
}
