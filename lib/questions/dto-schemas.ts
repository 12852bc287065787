import { z } from "zod";
import { QUESTION_TYPES } from "./schemas";

/** The shapes of questions in API responses and the OpenAPI document; lib/questions/types.ts infers its types from them. */
export const choiceSchema = z.object({ id: z.string(), text: z.string() });

export const publicViewSchema = z
  .discriminatedUnion("type", [
    z.object({ type: z.literal("single"), options: z.array(choiceSchema) }),
    z.object({ type: z.literal("multiple"), options: z.array(choiceSchema) }),
    z.object({ type: z.literal("truefalse") }),
    z.object({ type: z.literal("short") }),
    z.object({ type: z.literal("numeric"), unit: z.string().optional() }),
    z.object({ type: z.literal("matching"), lefts: z.array(choiceSchema), rights: z.array(choiceSchema) }),
    z.object({ type: z.literal("ordering"), items: z.array(choiceSchema) }),
    z.object({ type: z.literal("cloze"), segments: z.array(z.union([z.object({ text: z.string() }), z.object({ blank: z.number().int() })])), blanks: z.number().int() }),
    z.object({ type: z.literal("flashcard") }),
  ])
  .meta({ id: "PublicView" });

export const publicQuestionSchema = z
  .object({
    id: z.string(),
    type: z.enum(QUESTION_TYPES),
    prompt: z.string(),
    section: z.string().nullable(),
    view: publicViewSchema,
    deckTitle: z.string().optional(),
  })
  .meta({ id: "PublicQuestion", description: "A question as a learner sees it before answering: no answer key, no explanation." });

export const solutionSchema = z
  .discriminatedUnion("type", [
    z.object({ type: z.literal("single"), correct: z.string(), feedback: z.record(z.string(), z.string()) }),
    z.object({ type: z.literal("multiple"), correct: z.array(z.string()), feedback: z.record(z.string(), z.string()) }),
    z.object({ type: z.literal("truefalse"), answer: z.boolean(), feedback: z.string().optional() }),
    z.object({ type: z.literal("short"), accepted: z.array(z.string()), caseSensitive: z.boolean().optional() }),
    z.object({ type: z.literal("numeric"), value: z.number().optional(), tolerance: z.number().optional(), min: z.number().optional(), max: z.number().optional(), unit: z.string().optional() }),
    z.object({ type: z.literal("matching"), matches: z.record(z.string(), z.string()) }),
    z.object({ type: z.literal("ordering"), order: z.array(z.string()) }),
    z.object({ type: z.literal("cloze"), accepted: z.array(z.array(z.string())), caseSensitive: z.array(z.boolean()).optional() }),
    z.object({ type: z.literal("flashcard"), back: z.string() }),
  ])
  .meta({ id: "Solution" });

export const gradeResultSchema = z
  .object({ correct: z.boolean().nullable(), score: z.number().min(0).max(1), feedback: z.array(z.string()) })
  .meta({ id: "GradeResult" });

export const checkResultSchema = z
  .object({ result: gradeResultSchema, solution: solutionSchema, explanation: z.string() })
  .meta({ id: "CheckResult" });
