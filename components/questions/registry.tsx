import type { ComponentType } from "react";
import type { QuestionType } from "@/lib/questions/schemas";
import { cloze } from "./cloze";
import { flashcard } from "./flashcard";
import type { InputProps } from "./input-shared";
import { matching } from "./matching";
import type { QuestionTypeUi, ReviewProps } from "./module";
import { multiple } from "./multiple";
import { numeric } from "./numeric";
import { ordering } from "./ordering";
import { short } from "./short";
import { single } from "./single";
import { truefalse } from "./truefalse";

/**
 * The learner side of every question type, once (see docs/ARCHITECTURE.md, "Adding a question
 * type"): inputs and reviews. The editor side is ./authoring-registry.ts; the server side is
 * lib/questions/registry.ts. A type missing here does not compile.
 */
export const QUESTION_TYPE_UIS = {
  single,
  multiple,
  truefalse,
  short,
  numeric,
  matching,
  ordering,
  cloze,
  flashcard,
} satisfies { [T in QuestionType]: QuestionTypeUi<T> };

/** A type's learner module with its prop types erased, for code that dispatches on a runtime type. */
export interface ErasedUi {
  Input: ComponentType<InputProps<QuestionType>> | null;
  Review: ComponentType<ReviewProps<QuestionType>>;
  inlineFeedback?: boolean;
  selfGraded?: boolean;
}
export const uiFor = (type: QuestionType): ErasedUi => QUESTION_TYPE_UIS[type] as unknown as ErasedUi;
