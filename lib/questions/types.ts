import type { z } from "zod";
import type { QuestionTypeModules } from "./registry";
import type { QuestionType } from "./schemas";

/** An option/item/side as the learner sees it: an opaque id and its Markdown text. */
export interface Choice {
  id: string;
  text: string;
}

/** What the client may see before answering: never an answer key, never the explanation. */
export type PublicView = { [T in QuestionType]: z.output<QuestionTypeModules[T]["viewSchema"]> }[QuestionType];

export interface PublicQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  section: string | null;
  view: PublicView;
}

/** The answer key as shown after answering (review pages, study feedback). */
export type Solution = { [T in QuestionType]: z.output<QuestionTypeModules[T]["solutionSchema"]> }[QuestionType];

export interface GradeResult {
  /** null for flashcards: the learner grades themselves. */
  correct: boolean | null;
  /** 0..1, partial credit where the type allows it. */
  score: number;
  feedback: string[];
}

/** A stored question as services hand it to graders and redactors. */
export interface StoredQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  explanation: string;
  section: string | null;
  payload: unknown;
}
