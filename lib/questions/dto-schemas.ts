import { z } from "zod";
import { markdownHtmlSchema } from "@/lib/markdown/schemas";
import { QUESTION_TYPE_MODULES } from "./registry";
import { QUESTION_TYPES, type QuestionType } from "./schemas";
import type { PublicView, Solution } from "./types";

export { choiceSchema } from "./types/fields";

/** The API contract's view of lib/questions/types.ts, from each type's module. */
// Typed as the union of the modules' outputs, which is what z.discriminatedUnion would infer.
const union = <Out>(pick: (type: QuestionType) => z.ZodObject) => {
  const [first, ...rest] = QUESTION_TYPES.map(pick);
  return z.discriminatedUnion("type", [first, ...rest]) as unknown as z.ZodType<Out, Out>;
};

export const publicViewSchema = union<PublicView>((t) => QUESTION_TYPE_MODULES[t].viewSchema).meta({
  id: "PublicView",
});

export const publicQuestionSchema = z
  .object({
    id: z.string(),
    type: z.enum(QUESTION_TYPES),
    prompt: z.string(),
    section: z.string().nullable(),
    view: publicViewSchema,
    deckTitle: z.string().optional(),
  })
  .meta({
    id: "PublicQuestion",
    description: "A question as a learner sees it before answering: no answer key, no explanation.",
  });

export const solutionSchema = union<Solution>((t) => QUESTION_TYPE_MODULES[t].solutionSchema).meta({ id: "Solution" });

export const gradeResultSchema = z
  .object({ correct: z.boolean().nullable(), score: z.number().min(0).max(1), feedback: z.array(z.string()) })
  .meta({ id: "GradeResult" });

export const checkResultSchema = z
  .object({
    result: gradeResultSchema,
    solution: solutionSchema,
    explanation: z.string(),
    /** Sanitized HTML of the explanation, feedback and flashcard back, by text. */
    markdown: markdownHtmlSchema.optional(),
  })
  .meta({ id: "CheckResult" });
