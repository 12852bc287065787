import type { QuestionType } from "./schemas";

/** An option/item/side as the learner sees it: an opaque id and its Markdown text. */
export interface Choice {
  id: string;
  text: string;
}

/** What the client may see before answering: never an answer key, never the explanation. */
export type PublicView =
  | { type: "single"; options: Choice[] }
  | { type: "multiple"; options: Choice[] }
  | { type: "truefalse" }
  | { type: "short" }
  | { type: "numeric"; unit?: string }
  | { type: "matching"; lefts: Choice[]; rights: Choice[] }
  | { type: "ordering"; items: Choice[] }
  | { type: "cloze"; segments: ({ text: string } | { blank: number })[]; blanks: number }
  | { type: "flashcard" };

export interface PublicQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  section: string | null;
  view: PublicView;
}

/** The answer key as shown after answering (review pages, study feedback). */
export type Solution =
  | { type: "single"; correct: string; feedback: Record<string, string> }
  | { type: "multiple"; correct: string[]; feedback: Record<string, string> }
  | { type: "truefalse"; answer: boolean; feedback?: string }
  | { type: "short"; accepted: string[]; caseSensitive?: boolean }
  | { type: "numeric"; value?: number; tolerance?: number; min?: number; max?: number; unit?: string }
  | { type: "matching"; matches: Record<string, string> }
  | { type: "ordering"; order: string[] }
  | { type: "cloze"; accepted: string[][]; caseSensitive?: boolean[] }
  | { type: "flashcard"; back: string };

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
