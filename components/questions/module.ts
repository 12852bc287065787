import type { ComponentType } from "react";
import type { TypeFieldsProps } from "@/components/authoring/editor/fields-shared";
import type { FieldErrors } from "@/lib/errors";
import type { QuestionType } from "@/lib/questions/schemas";
import type { GradeResult, PublicView, Solution } from "@/lib/questions/types";
import type { InputProps } from "./input-shared";

export interface ReviewProps<T extends QuestionType> {
  view: Extract<PublicView, { type: T }>;
  answer: unknown;
  solution: Extract<Solution, { type: T }>;
  result: GradeResult | null;
}

/**
 * A type's part of the question editor's form model (components/authoring/editor/draft.ts):
 * the fields `F` it adds to the draft, as the author types them (numbers as text, rows with keys).
 */
export interface DraftPiece<F extends object> {
  /** The fields, empty; `type` is the draft's type (several types may share a piece). */
  empty(type: QuestionType): F;
  /** The fields from a stored payload (any JSON: the schema reports what is wrong on save). */
  read(payload: Record<string, unknown>): Partial<F>;
  /** The payload to check with the type's schema and save. */
  payload(d: F): unknown;
  /** Makes the schema's errors more precise (e.g. per field instead of "one or the other"). */
  refineErrors?(d: F, payload: unknown, fields: FieldErrors): void;
}

/**
 * The learner side of one question type, like the server's lib/questions/types/<type>/: its
 * answer input and review. Listed once in components/questions/registry.tsx; the editor side is
 * QuestionTypeAuthoring (<type>/authoring.ts), kept apart so learner pages do not load editors.
 */
export interface QuestionTypeUi<T extends QuestionType> {
  /** null when the type takes no typed answer (a flashcard is revealed, then self-graded). */
  Input: ComponentType<InputProps<T>> | null;
  Review: ComponentType<ReviewProps<T>>;
  /** Its review shows the grader's feedback next to the options, so it is not repeated below. */
  inlineFeedback?: boolean;
  /** The learner grades themselves: the answer is shown neutrally, with no right/wrong verdict. */
  selfGraded?: boolean;
}

/** The question editor's side of one type: its fields and its part of the draft. Listed in authoring-registry.ts. */
export interface QuestionTypeAuthoring<F extends object = object> {
  Editor: ComponentType<TypeFieldsProps>;
  draft: DraftPiece<F>;
}
