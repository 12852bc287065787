import { z } from "zod";
import { QUESTION_TYPES } from "@/lib/questions/schemas";
import { deckBaseShape } from "@/lib/decks/dto-schemas";
import { IMPORT_FORMATS } from "./import-limits";

/**
 * Authoring inputs and DTOs. No server imports: the API contracts, the services and the
 * editor forms share them.
 */
const chapter = z
  .string({ error: "Chapter must be text" })
  .trim()
  .max(20, "Chapter must be at most 20 characters")
  .regex(/^(\d+(\.\d+)*)?$/, "Chapter must look like 4.3 (or be empty)")
  .transform((s) => (s === "" ? null : s))
  .nullable()
  .optional();

export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Deck ids are cuids: "c" and 24 lowercase letters or digits. Decks are found by id or slug, so
 * a slug of that shape could pass for another deck's id; no slug may have it (the services also
 * refuse a slug equal to any existing deck id, whatever its shape).
 */
const DECK_ID_RE = /^c[a-z0-9]{24}$/;
export const looksLikeDeckId = (slug: string): boolean => DECK_ID_RE.test(slug);

export const deckCreateSchema = z
  .object({
    title: z
      .string({ error: "Title must be text" })
      .trim()
      .min(1, "Give the deck a title")
      .max(120, "Title must be at most 120 characters"),
    description: z
      .string({ error: "Description must be text" })
      .trim()
      .max(2000, "Description must be at most 2000 characters")
      .default(""),
    chapter,
  })
  .strict()
  .meta({ id: "DeckCreateInput" });
export type DeckCreateInput = z.input<typeof deckCreateSchema>;

export const deckUpdateSchema = z
  .object({
    title: z
      .string({ error: "Title must be text" })
      .trim()
      .min(1, "Give the deck a title")
      .max(120, "Title must be at most 120 characters")
      .optional(),
    description: z
      .string({ error: "Description must be text" })
      .trim()
      .max(2000, "Description must be at most 2000 characters")
      .optional(),
    chapter,
    slug: z
      .string({ error: "Slug must be text" })
      .trim()
      .min(3, "Slug must be at least 3 characters")
      .max(80, "Slug must be at most 80 characters")
      .regex(SLUG_RE, "Slug may hold lowercase letters, digits and single dashes, like docker-engine")
      .refine(
        (s) => !looksLikeDeckId(s),
        "Slug must not look like a deck id (c and 24 letters or digits); add a dash or a word",
      )
      .optional(),
  })
  .strict()
  .meta({ id: "DeckUpdateInput" });
export type DeckUpdateInput = z.input<typeof deckUpdateSchema>;

/** PATCH of a question: any subset of the authored fields; merged with the stored question, then checked whole. */
export const questionPatchSchema = z
  .object({
    type: z.enum(QUESTION_TYPES, { error: `type must be one of: ${QUESTION_TYPES.join(", ")}` }).optional(),
    prompt: z.unknown().optional(),
    explanation: z.unknown().optional(),
    section: z.unknown().optional(),
    payload: z.unknown().optional(),
    tags: z.unknown().optional(),
    quizOnly: z.unknown().optional(),
  })
  .strict()
  .meta({
    id: "QuestionPatch",
    description: "Fields to change; the result must be a valid question (see QuestionInput)",
  });

export const reorderSchema = z
  .object({
    order: z.array(z.string().min(1).max(100)).min(1, "Give the order of the questions").max(5000),
    offset: z
      .number({ error: "offset must be a whole number" })
      .int("offset must be a whole number")
      .min(0, "offset starts at 0")
      .optional(),
  })
  .strict()
  .meta({
    id: "QuestionOrder",
    description:
      "Without offset: every live (unarchived) question id of the deck, in the new order. With offset (one page of the editor): the live questions from that 0-based index on, exactly those, in their new order; the others keep their places",
  });

export { IMPORT_FORMATS, IMPORT_MAX_BYTES, IMPORT_MAX_QUESTIONS, type ImportFormat } from "./import-limits";

/** One problem in an imported file, as a 400's details.errors lists them (see lib/decks/import-errors). */
export const importProblemSchema = z.object({ line: z.number().int(), message: z.string() });
export const importErrorDetailsSchema = z.object({ errors: z.array(importProblemSchema) });
export type ImportProblem = z.infer<typeof importProblemSchema>;

const boolParam = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

export const importQuerySchema = z
  .object({
    format: z.enum(IMPORT_FORMATS, { error: "format must be gift or json" }).optional(),
    dryRun: boolParam.default(false),
  })
  .strict();
export const exportQuerySchema = z
  .object({ format: z.enum(IMPORT_FORMATS, { error: "format must be gift or json" }).default("gift") })
  .strict();

// ---- DTOs ----
export const authorQuestionSchema = z
  .object({
    id: z.string(),
    deckId: z.string(),
    type: z.enum(QUESTION_TYPES),
    prompt: z.string(),
    explanation: z.string(),
    section: z.string().nullable(),
    payload: z.unknown(),
    position: z.number().int(),
    archived: z.boolean(),
    tags: z.array(z.string()),
    quizOnly: z.boolean(),
    updatedAt: z.string(),
    /** The version learners see (or will, for a draft deck); a pending draft is `version + 1`. */
    version: z.number().int(),
    /** True when the content above is a draft (or a question new to a published deck) that learners see only after "Publish new version". */
    unpublished: z.boolean(),
  })
  .meta({ id: "AuthorQuestion", description: "A question with its answer key, for its deck's authors" });
export type AuthorQuestionDto = z.infer<typeof authorQuestionSchema>;

export const authorDeckSummarySchema = z
  .object({
    ...deckBaseShape,
    status: z.enum(["DRAFT", "PUBLISHED"]),
    archived: z.boolean(),
    questionCount: z.number().int(),
    archivedQuestionCount: z.number().int(),
    owner: z.object({ id: z.string(), email: z.string(), name: z.string().nullable() }),
    updatedAt: z.string(),
    /** Questions with edits, or new to the published deck, waiting for "Publish new version" (always 0 for a draft deck). */
    pendingDrafts: z.number().int(),
  })
  .meta({ id: "AuthorDeckSummary" });
export type AuthorDeckSummaryDto = z.infer<typeof authorDeckSummarySchema>;

export const authorDeckSchema = authorDeckSummarySchema
  .extend({ questions: z.array(authorQuestionSchema) })
  .meta({ id: "AuthorDeck", description: "A deck with all its questions (archived ones too, flagged), in order" });
export type AuthorDeckDto = z.infer<typeof authorDeckSchema>;

export const importPreviewSchema = z
  .object({
    dryRun: z.boolean(),
    format: z.enum(IMPORT_FORMATS),
    created: z.number().int(),
    questions: z.array(
      z.object({
        id: z.string().nullable(),
        type: z.enum(QUESTION_TYPES),
        section: z.string().nullable(),
        prompt: z.string(),
      }),
    ),
  })
  .meta({ id: "ImportResult", description: "What was (or, with dryRun, would be) created; ids are null in a dry run" });
export type ImportPreviewDto = z.infer<typeof importPreviewSchema>;

/** How often an option was chosen: deck and quiz item statistics both report it. */
export const optionCountSchema = z.object({
  id: z.string(),
  text: z.string(),
  correct: z.boolean(),
  count: z.number().int(),
});

/** The question an item statistic is about, and its attempt count (deck and quiz statistics). */
export const statsItemShape = {
  questionId: z.string(),
  position: z.number().int(),
  type: z.enum(QUESTION_TYPES),
  prompt: z.string(),
  archived: z.boolean(),
  attempts: z.number().int(),
};

export const itemStatsSchema = z
  .object({
    ...statsItemShape,
    facility: z.number().nullable(),
    discrimination: z.number().nullable(),
    options: z.array(optionCountSchema).nullable(),
    reviews: z.number().int(),
    averageGrade: z.number().nullable(),
    lapseRate: z.number().nullable(),
    flags: z.array(z.enum(["too-hard", "too-easy", "low-discrimination"])),
  })
  .meta({ id: "ItemStats" });
export type ItemStatsDto = z.infer<typeof itemStatsSchema>;

export const deckStatsSchema = z
  .object({ deckId: z.string(), attempts: z.number().int(), items: z.array(itemStatsSchema) })
  .meta({
    id: "DeckStats",
    description: "Per-question statistics from submitted/expired quiz attempts and from reviews",
  });
export type DeckStatsDto = z.infer<typeof deckStatsSchema>;
