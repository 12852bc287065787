"use client";
import { useId } from "react";
import type { Answer } from "@/lib/questions/schemas";
import type { PublicQuestion } from "@/lib/questions/types";
import { uiFor } from "./registry";

export interface AnswerInputProps {
  question: PublicQuestion;
  /** The answer so far, as last emitted (or restored); anything else shows an empty input. */
  value: unknown;
  /** Gets answers in the `answerSchemas` shape; numeric emits undefined while the text is not a number. */
  onChange: (answer: Answer | undefined) => void;
  disabled?: boolean;
  /** Prefix for element ids and radio names; defaults to a generated one. */
  idPrefix?: string;
}

/**
 * The native, keyboard-usable input for a question's type. Flashcards render nothing (the
 * parent shows a Reveal button). Give it `key={question.id}` when the question changes.
 */
export function AnswerInput({ question, value, onChange, disabled = false, idPrefix }: AnswerInputProps) {
  const generated = useId();
  const common = { value, onChange, disabled, idPrefix: idPrefix ?? `answer-${generated.replace(/[^\w-]/g, "")}` };
  // Each type's input (components/questions/<type>/input.tsx); none for a flashcard.
  const { Input } = uiFor(question.view.type);
  return Input ? <Input view={question.view} {...common} /> : null;
}
