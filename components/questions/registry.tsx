import type { ComponentType } from "react";
import type { QuestionType } from "@/lib/questions/schemas";
import { cloze } from "./cloze";
import { flashcard } from "./flashcard";
import type { InputProps } from "./input-shared";
import { matching } from "./matching";
import type { DraftPiece, QuestionTypeUi, ReviewProps } from "./module";
import { multiple } from "./multiple";
import { numeric } from "./numeric";
import { ordering } from "./ordering";
import { short } from "./short";
import { single } from "./single";
import { truefalse } from "./truefalse";

/**
 * The client side of every question type, once (see docs/ARCHITECTURE.md, "Adding a question
 * type"); the server side is lib/questions/registry.ts. A type missing here does not compile.
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

type Uis = typeof QUESTION_TYPE_UIS;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type DraftFieldsOf<M> = M extends { draft: DraftPiece<infer F> } ? F : never;

/** The fields every type adds to the editor's draft, together (the draft keeps them all while the author switches type). */
export type TypeDraftFields = UnionToIntersection<DraftFieldsOf<Uis[QuestionType]>>;

/** A type's client module with its prop types erased, for code that dispatches on a runtime type. */
export interface ErasedUi {
  Input: ComponentType<InputProps<QuestionType>> | null;
  Review: ComponentType<ReviewProps<QuestionType>>;
  Editor: QuestionTypeUi<QuestionType>["Editor"];
  draft: DraftPiece<TypeDraftFields>;
  inlineFeedback?: boolean;
  selfGraded?: boolean;
}
export const uiFor = (type: QuestionType): ErasedUi => QUESTION_TYPE_UIS[type] as unknown as ErasedUi;

/** Each distinct draft piece once (single and multiple share theirs). */
export const DRAFT_PIECES: DraftPiece<TypeDraftFields>[] = [
  ...new Set(Object.values(QUESTION_TYPE_UIS).map((m) => m.draft as unknown as DraftPiece<TypeDraftFields>)),
];
