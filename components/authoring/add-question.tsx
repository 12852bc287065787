"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { QUESTION_TYPE_LABELS, QUESTION_TYPES, type QuestionType } from "@/lib/questions/schemas";
import { controlClass } from "./form-controls";

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
      <div className="flex flex-col gap-1">
        <label htmlFor="new-question-type" className="text-sm font-medium">
          Question type
        </label>
        <select id="new-question-type" value={type} onChange={(e) => setType(e.target.value as QuestionType)} className={controlClass}>
          {QUESTION_TYPES.map((t) => (
            <option key={t} value={t}>
              {QUESTION_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit">Add question</Button>
    </form>
  );
}
