import type { z } from "zod";
import type { checkResultSchema, choiceSchema, gradeResultSchema, publicQuestionSchema } from "./dto-schemas";
import type { QuestionTypeModules } from "./registry";
import type { QuestionType } from "./schemas";

// The shapes the API sends are zod schemas (./dto-schemas); these are their inferred types.
/** An option/item/side as the learner sees it: an opaque id and its Markdown text. */
export type Choice = z.infer<typeof choiceSchema>;
/** What the client may see before answering: never an answer key, never the explanation. */
export type PublicView = { [T in QuestionType]: z.output<QuestionTypeModules[T]["viewSchema"]> }[QuestionType];
export type PublicQuestion = z.infer<typeof publicQuestionSchema>;
/** The answer key as shown after answering (review pages, study feedback). */
export type Solution = { [T in QuestionType]: z.output<QuestionTypeModules[T]["solutionSchema"]> }[QuestionType];
/** correct is null for flashcards (the learner grades themselves); score is 0..1, partial credit where the type allows it. */
export type GradeResult = z.infer<typeof gradeResultSchema>;
export type CheckResult = z.infer<typeof checkResultSchema>;

/** A stored question as services hand it to graders and redactors. */
export interface StoredQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  explanation: string;
  section: string | null;
  payload: unknown;
}
