"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { QUESTION_TYPE_LABELS, QUESTION_TYPES, type QuestionType } from "@/lib/questions/question-types";
import { SelectField } from "@/components/ui/field";

/** Type picker + "Add question": opens the editor for that type. */
export function AddQuestion({ deckId }: { deckId: string }) {
  const router = useRouter();
  const [type, setType] = useState<QuestionType>("single");
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        router.push(`/author/decks/${deckId}/questions/new?type=${type}`);
      }}
    >
      <SelectField
        id="new-question-type"
        label="Question type"
        value={type}
        onChange={(e) => setType(e.target.value as QuestionType)}
      >
        {QUESTION_TYPES.map((t) => (
          <option key={t} value={t}>
            {QUESTION_TYPE_LABELS[t]}
          </option>
        ))}
      </SelectField>
      <Button type="submit">Add question</Button>
    </form>
  );
}
