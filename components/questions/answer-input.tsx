"use client";
import { useId } from "react";
import type { Answer } from "@/lib/questions/schemas";
import type { PublicQuestion } from "@/lib/questions/types";
import { ChoiceInput, TrueFalseInput } from "./inputs/choice-input";
import { ClozeInput } from "./inputs/cloze-input";
import { MatchingInput } from "./inputs/matching-input";
import { OrderingInput } from "./inputs/ordering-input";
import { NumericInput, ShortInput } from "./inputs/text-input";

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
  const view = question.view;
  switch (view.type) {
    case "single":
    case "multiple":
      return <ChoiceInput view={view} {...common} />;
    case "truefalse":
      return <TrueFalseInput view={view} {...common} />;
    case "short":
      return <ShortInput view={view} {...common} />;
    case "numeric":
      return <NumericInput view={view} {...common} />;
    case "matching":
      return <MatchingInput view={view} {...common} />;
    case "ordering":
      return <OrderingInput view={view} {...common} />;
    case "cloze":
      return <ClozeInput view={view} {...common} />;
    case "flashcard":
      return null;
  }
}
