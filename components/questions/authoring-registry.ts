import type { QuestionType } from "@/lib/questions/schemas";
import { clozeAuthoring } from "./cloze/authoring";
import { flashcardAuthoring } from "./flashcard/authoring";
import { matchingAuthoring } from "./matching/authoring";
import type { DraftPiece, QuestionTypeAuthoring } from "./module";
import { multipleAuthoring } from "./multiple/authoring";
import { numericAuthoring } from "./numeric/authoring";
import { orderingAuthoring } from "./ordering/authoring";
import { shortAuthoring } from "./short/authoring";
import { singleAuthoring } from "./single/authoring";
import { truefalseAuthoring } from "./truefalse/authoring";

/**
 * The question editor's side of every question type, once: its fields and its part of the
 * draft. Only the authoring pages import this; learner pages use ./registry.tsx, which holds no
 * editor (tests/unit/api/client-bundle.test.ts keeps it so). A type missing here does not compile.
 */
export const QUESTION_TYPE_EDITORS = {
  single: singleAuthoring,
  multiple: multipleAuthoring,
  truefalse: truefalseAuthoring,
  short: shortAuthoring,
  numeric: numericAuthoring,
  matching: matchingAuthoring,
  ordering: orderingAuthoring,
  cloze: clozeAuthoring,
  flashcard: flashcardAuthoring,
} satisfies { [T in QuestionType]: QuestionTypeAuthoring };

type Editors = typeof QUESTION_TYPE_EDITORS;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type DraftFieldsOf<M> = M extends { draft: DraftPiece<infer F> } ? F : never;

/** The fields every type adds to the editor's draft, together (the draft keeps them all while the author switches type). */
export type TypeDraftFields = UnionToIntersection<DraftFieldsOf<Editors[QuestionType]>>;

/** A type's editor side with its draft type erased, for code that dispatches on a runtime type. */
export interface ErasedAuthoring {
  Editor: QuestionTypeAuthoring["Editor"];
  draft: DraftPiece<TypeDraftFields>;
}
export const editorFor = (type: QuestionType): ErasedAuthoring =>
  QUESTION_TYPE_EDITORS[type] as unknown as ErasedAuthoring;

/** Each distinct draft piece once (single and multiple share theirs). */
export const DRAFT_PIECES: DraftPiece<TypeDraftFields>[] = [
  ...new Set(Object.values(QUESTION_TYPE_EDITORS).map((m) => m.draft as unknown as DraftPiece<TypeDraftFields>)),
];
