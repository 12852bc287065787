"use client";
import { DraftField, type TypeFieldsProps } from "@/components/authoring/editor/fields-shared";

export function FlashcardFields(form: TypeFieldsProps) {
  return (
    <DraftField
      form={form}
      field="back"
      id="flashcard-back"
      errKey="payload.back"
      label="Back of the card"
      hint="Markdown. Learners reveal it and grade themselves."
      multiline
    />
  );
}
