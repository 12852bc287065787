import { z } from "zod";
import { QUESTION_TYPE_MODULES, type QuestionTypeModules } from "./registry";
import { tagsSchema } from "./tags";
import { text } from "./types/fields";
import { QUESTION_TYPES, type QuestionType } from "./question-types";

/**
 * The question types and, from their modules (lib/questions/types/<type>/, listed in
 * registry.ts), one zod schema per type for the stored payload (the answer key lives
 * here) and one for the learner's answer. No server imports: shared by API, seed,
 * import, editor and renderer.
 */
export { QUESTION_TYPES, QUESTION_TYPE_LABELS, type QuestionType } from "./question-types";

const byType = <R>(pick: (type: QuestionType) => R) => Object.fromEntries(QUESTION_TYPES.map((t) => [t, pick(t)]));

export const payloadSchemas = byType((t) => QUESTION_TYPE_MODULES[t].payloadSchema) as {
  readonly [T in QuestionType]: QuestionTypeModules[T]["payloadSchema"];
};

export { singlePayloadSchema } from "./types/single";
export { multiplePayloadSchema } from "./types/multiple";
export { truefalsePayloadSchema } from "./types/truefalse";
export { shortPayloadSchema } from "./types/short";
export { numericPayloadSchema } from "./types/numeric";
export { matchingPayloadSchema } from "./types/matching";
export { orderingPayloadSchema } from "./types/ordering";
export { CLOZE_BLANK, clozePayloadSchema } from "./types/cloze";
export { flashcardPayloadSchema } from "./types/flashcard";

export type SinglePayload = z.infer<typeof payloadSchemas.single>;
export type MultiplePayload = z.infer<typeof payloadSchemas.multiple>;
export type TruefalsePayload = z.infer<typeof payloadSchemas.truefalse>;
export type ShortPayload = z.infer<typeof payloadSchemas.short>;
export type NumericPayload = z.infer<typeof payloadSchemas.numeric>;
export type MatchingPayload = z.infer<typeof payloadSchemas.matching>;
export type OrderingPayload = z.infer<typeof payloadSchemas.ordering>;
export type ClozePayload = z.infer<typeof payloadSchemas.cloze>;
export type FlashcardPayload = z.infer<typeof payloadSchemas.flashcard>;

/** A whole question as authored: type + payload checked together. */
// Explanation and section may be left empty while authoring (a plain Moodle GIFT file has
// neither); the curriculum schema requires both (lib/decks/curriculum-schema.ts).
const base = {
  prompt: text("Prompt", 4000),
  explanation: z
    .string({ error: "Explanation must be text" })
    .trim()
    .max(4000, "Explanation must be at most 4000 characters")
    .default(""),
  section: z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)*$/, "section must look like 4.3.5")
    .max(20)
    .optional(),
  // Optional rather than defaulted so a question written as a literal (seed, tests, GIFT) needs neither.
  tags: tagsSchema.optional(),
  quizOnly: z.boolean({ error: "quizOnly must be true or false" }).optional(),
};
type BaseSchema = ReturnType<typeof z.object<typeof base>>;

export type QuestionInput = {
  [T in QuestionType]: z.output<BaseSchema> & { type: T; payload: z.output<QuestionTypeModules[T]["payloadSchema"]> };
}[QuestionType];
type QuestionInputIn = {
  [T in QuestionType]: z.input<BaseSchema> & { type: T; payload: z.input<QuestionTypeModules[T]["payloadSchema"]> };
}[QuestionType];

const [first, ...rest] = QUESTION_TYPES.map((t) =>
  z.object({ ...base, type: z.literal(t), payload: QUESTION_TYPE_MODULES[t].payloadSchema as z.ZodType }).strict(),
);
export const questionInputSchema = z.discriminatedUnion("type", [first, ...rest], {
  error: `type must be one of: ${QUESTION_TYPES.join(", ")}`,
}) as unknown as z.ZodType<QuestionInput, QuestionInputIn>;

// ---- answers (what a learner submits) ----
export const answerSchemas = byType((t) => QUESTION_TYPE_MODULES[t].answerSchema) as {
  readonly [T in QuestionType]: QuestionTypeModules[T]["answerSchema"];
};

export type AnswerFor<T extends QuestionType> = z.infer<(typeof answerSchemas)[T]>;
export type Answer = { [T in QuestionType]: AnswerFor<T> }[QuestionType];
