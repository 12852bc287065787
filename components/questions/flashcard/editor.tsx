"use client";
import { TextAreaField } from "@/components/ui/field";
import type { TypeFieldsProps } from "@/components/authoring/editor/fields-shared";

export function FlashcardFields({ d, set, errs }: TypeFieldsProps) {
  return (
    <TextAreaField
      id="flashcard-back"
      label="Back of the card"
      hint="Markdown. Learners reveal it and grade themselves."
      rows={4}
      value={d.back}
      onChange={(e) => set({ back: e.target.value })}
      errors={errs("payload.back")}
    />
  );
}
