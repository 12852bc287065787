import { z } from "zod";

/**
 * One zod schema per question type for the stored payload (the answer key lives here),
 * one for the learner's answer, and the list of types. No server imports: shared by
 * API, seed, import, editor and renderer.
 */
export const QUESTION_TYPES = [
  "single",
  "multiple",
  "truefalse",
  "short",
  "numeric",
  "matching",
  "ordering",
  "cloze",
  "flashcard",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  single: "Single choice",
  multiple: "Multiple choice",
  truefalse: "True / false",
  short: "Short answer",
  numeric: "Numeric",
  matching: "Matching",
  ordering: "Ordering",
  cloze: "Cloze (fill the blanks)",
  flashcard: "Flashcard",
};

const text = (what: string, max = 2000) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, `${what} must not be empty`)
    .max(max, `${what} must be at most ${max} characters`);

const feedback = z.string().trim().max(2000, "Feedback must be at most 2000 characters").optional();

function distinct<T>(items: T[], key: (t: T) => string) {
  const seen = new Set<string>();
  for (const item of items) {
    const k = key(item).trim().toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
  }
  return true;
}

const choiceOption = z.object({
  text: text("Option text", 500),
  correct: z.boolean({ error: "Each option needs correct: true or false" }),
  feedback,
});

export const singlePayloadSchema = z
  .object({
    options: z.array(choiceOption).min(2, "Give at least 2 options").max(10, "Give at most 10 options"),
  })
  .strict()
  .refine((p) => p.options.filter((o) => o.correct).length === 1, {
    message: "Exactly one option must be correct",
    path: ["options"],
  })
  .refine((p) => distinct(p.options, (o) => o.text), { message: "Options must all differ", path: ["options"] });

export const multiplePayloadSchema = z
  .object({
    options: z.array(choiceOption).min(3, "Give at least 3 options").max(10, "Give at most 10 options"),
  })
  .strict()
  .refine((p) => p.options.some((o) => o.correct), { message: "At least one option must be correct", path: ["options"] })
  .refine((p) => p.options.some((o) => !o.correct), { message: "At least one option must be wrong", path: ["options"] })
  .refine((p) => distinct(p.options, (o) => o.text), { message: "Options must all differ", path: ["options"] });

export const truefalsePayloadSchema = z
  .object({
    answer: z.boolean({ error: "answer must be true or false" }),
    feedbackTrue: feedback,
    feedbackFalse: feedback,
  })
  .strict();

export const shortPayloadSchema = z
  .object({
    accepted: z.array(text("Accepted answer", 200)).min(1, "Give at least one accepted answer").max(20),
    caseSensitive: z.boolean().optional(),
  })
  .strict();

const finite = (what: string) => z.number({ error: `${what} must be a number` }).finite(`${what} must be finite`);

export const numericPayloadSchema = z.union(
  [
    z
      .object({
        value: finite("value"),
        tolerance: finite("tolerance").min(0, "tolerance must be 0 or more").default(0),
        unit: z.string().trim().max(20).optional(),
      })
      .strict(),
    z
      .object({ min: finite("min"), max: finite("max"), unit: z.string().trim().max(20).optional() })
      .strict()
      .refine((p) => p.min <= p.max, { message: "min must not be greater than max", path: ["max"] }),
  ],
  { error: "Give either value (with an optional tolerance) or min and max" },
);

export const matchingPayloadSchema = z
  .object({
    pairs: z
      .array(z.object({ left: text("Left item", 300), right: text("Right item", 300) }).strict())
      .min(2, "Give at least 2 pairs")
      .max(10, "Give at most 10 pairs"),
    /** Extra wrong answers shown on the right side (Moodle allows them too). */
    distractors: z.array(text("Distractor", 300)).max(5).optional(),
  })
  .strict()
  .refine((p) => distinct(p.pairs, (x) => x.left), { message: "Left items must all differ", path: ["pairs"] })
  .refine((p) => distinct([...p.pairs.map((x) => x.right), ...(p.distractors ?? [])], (x) => x), {
    message: "Right items and distractors must all differ",
    path: ["pairs"],
  });

export const orderingPayloadSchema = z
  .object({
    items: z.array(text("Item", 300)).min(3, "Give at least 3 items").max(10, "Give at most 10 items"),
  })
  .strict()
  .refine((p) => distinct(p.items, (x) => x), { message: "Items must all differ", path: ["items"] });

export const CLOZE_BLANK = /\[\[(\d+)\]\]/g;

export const clozePayloadSchema = z
  .object({
    /** Markdown with blanks written [[1]], [[2]], … in order. */
    text: text("Cloze text", 4000),
    blanks: z
      .array(
        z
          .object({
            accepted: z.array(text("Accepted answer", 200)).min(1, "Each blank needs an accepted answer").max(20),
            caseSensitive: z.boolean().optional(),
          })
          .strict(),
      )
      .min(1, "Give at least one blank")
      .max(10),
  })
  .strict()
  .refine(
    (p) => {
      const found = [...p.text.matchAll(CLOZE_BLANK)].map((m) => Number(m[1]));
      return found.length === p.blanks.length && found.every((n, i) => n === i + 1);
    },
    { message: "The text must contain [[1]] … [[n]] once each, in order, one per blank", path: ["text"] },
  );

export const flashcardPayloadSchema = z.object({ back: text("Back of the card", 4000) }).strict();

export const payloadSchemas = {
  single: singlePayloadSchema,
  multiple: multiplePayloadSchema,
  truefalse: truefalsePayloadSchema,
  short: shortPayloadSchema,
  numeric: numericPayloadSchema,
  matching: matchingPayloadSchema,
  ordering: orderingPayloadSchema,
  cloze: clozePayloadSchema,
  flashcard: flashcardPayloadSchema,
} as const;

export type SinglePayload = z.infer<typeof singlePayloadSchema>;
export type MultiplePayload = z.infer<typeof multiplePayloadSchema>;
export type TruefalsePayload = z.infer<typeof truefalsePayloadSchema>;
export type ShortPayload = z.infer<typeof shortPayloadSchema>;
export type NumericPayload = z.infer<typeof numericPayloadSchema>;
export type MatchingPayload = z.infer<typeof matchingPayloadSchema>;
export type OrderingPayload = z.infer<typeof orderingPayloadSchema>;
export type ClozePayload = z.infer<typeof clozePayloadSchema>;
export type FlashcardPayload = z.infer<typeof flashcardPayloadSchema>;

/** A whole question as authored: type + payload checked together. */
// Explanation and section may be left empty while authoring (a plain Moodle GIFT file has
// neither); the curriculum schema requires both (lib/decks/curriculum-schema.ts).
const base = {
  prompt: text("Prompt", 4000),
  explanation: z.string({ error: "Explanation must be text" }).trim().max(4000, "Explanation must be at most 4000 characters").default(""),
  section: z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)*$/, "section must look like 4.3.5")
    .max(20)
    .optional(),
};

export const questionInputSchema = z.discriminatedUnion(
  "type",
  [
    z.object({ ...base, type: z.literal("single"), payload: singlePayloadSchema }).strict(),
    z.object({ ...base, type: z.literal("multiple"), payload: multiplePayloadSchema }).strict(),
    z.object({ ...base, type: z.literal("truefalse"), payload: truefalsePayloadSchema }).strict(),
    z.object({ ...base, type: z.literal("short"), payload: shortPayloadSchema }).strict(),
    z.object({ ...base, type: z.literal("numeric"), payload: numericPayloadSchema }).strict(),
    z.object({ ...base, type: z.literal("matching"), payload: matchingPayloadSchema }).strict(),
    z.object({ ...base, type: z.literal("ordering"), payload: orderingPayloadSchema }).strict(),
    z.object({ ...base, type: z.literal("cloze"), payload: clozePayloadSchema }).strict(),
    z.object({ ...base, type: z.literal("flashcard"), payload: flashcardPayloadSchema }).strict(),
  ],
  { error: `type must be one of: ${QUESTION_TYPES.join(", ")}` },
);
export type QuestionInput = z.infer<typeof questionInputSchema>;

// ---- answers (what a learner submits) ----
const id = z.string().min(1).max(64);
export const answerSchemas = {
  single: z.object({ choice: id }).strict(),
  multiple: z.object({ choices: z.array(id).max(10) }).strict(),
  truefalse: z.object({ value: z.boolean({ error: "value must be true or false" }) }).strict(),
  short: z.object({ text: z.string().max(500, "Answer must be at most 500 characters") }).strict(),
  numeric: z.object({ value: z.number({ error: "value must be a number" }).finite() }).strict(),
  matching: z.object({ matches: z.record(id, id) }).strict(),
  ordering: z.object({ order: z.array(id).max(10) }).strict(),
  cloze: z.object({ blanks: z.array(z.string().max(200)).max(10) }).strict(),
  flashcard: z.object({ knew: z.boolean({ error: "knew must be true or false" }) }).strict(),
} as const;

export type AnswerFor<T extends QuestionType> = z.infer<(typeof answerSchemas)[T]>;
export type Answer = { [T in QuestionType]: AnswerFor<T> }[QuestionType];
