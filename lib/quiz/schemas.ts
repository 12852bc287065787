import { z } from "zod";
import { gradeResultSchema, publicQuestionSchema, solutionSchema } from "@/lib/questions/dto-schemas";
import { markdownHtmlSchema } from "@/lib/markdown/schemas";
import { ANSWER_POLICIES, REVIEW_TIMES, reviewOptionsSchema } from "./review-options";
import { quizPoolsSchema } from "./pool-schemas";

export { ANSWER_POLICIES } from "./review-options";

const isoDate = z.iso.datetime({ offset: true, error: "A date and time, e.g. 2026-12-01T09:00:00Z" });

/** A quiz's settings as instructors give them; the window's ends are ISO date-times or null (open). */
const quizSettingsSchema = z
  .object({
    deckId: z.string().min(1).max(100),
    title: z.string().trim().min(1, "Give the quiz a title").max(120),
    questionCount: z.number().int().min(1, "At least 1 question").max(100, "At most 100 questions"),
    timeLimitSeconds: z
      .number()
      .int()
      .min(10, "At least 10 seconds")
      .max(4 * 3600, "At most 4 hours"),
    attemptsAllowed: z.number().int().min(1, "At least 1 attempt").max(100),
    passMarkPercent: z.number().int().min(0).max(100, "Pass mark is a percentage (0–100)"),
    shuffle: z.boolean().default(true),
    /** A preset of the review options (the old single choice); give this or reviewOptions. */
    showAnswers: z.enum(ANSWER_POLICIES).optional(),
    reviewOptions: reviewOptionsSchema.optional(),
    opensAt: isoDate.nullable().optional(),
    closesAt: isoDate.nullable().optional(),
    /** With pools, an attempt draws each pool's count (questionCount becomes their sum). */
    pools: quizPoolsSchema.default([]),
  })
  .strict();

type WindowFields = {
  opensAt?: string | null;
  closesAt?: string | null;
  showAnswers?: unknown;
  reviewOptions?: unknown;
};
function checkSettings(v: WindowFields, ctx: z.RefinementCtx) {
  if (v.opensAt && v.closesAt && Date.parse(v.closesAt) <= Date.parse(v.opensAt)) {
    ctx.addIssue({ code: "custom", path: ["closesAt"], message: "The close time must be after the open time" });
  }
  if (v.showAnswers !== undefined && v.reviewOptions !== undefined) {
    ctx.addIssue({ code: "custom", path: ["showAnswers"], message: "Give review options or a preset, not both" });
  }
}

export const quizInputSchema = quizSettingsSchema.superRefine(checkSettings).meta({ id: "QuizInput" });
export type QuizInput = z.infer<typeof quizInputSchema>;

/** Editing a quiz: any settings but its deck, plus archiving; the window is re-checked against the stored ends. */
export const quizUpdateSchema = quizSettingsSchema
  .omit({ deckId: true })
  .partial()
  .extend({ archived: z.boolean().optional() })
  .strict()
  .superRefine(checkSettings)
  .meta({ id: "QuizUpdate" });
export type QuizUpdate = z.infer<typeof quizUpdateSchema>;

export const saveAnswerSchema = z
  .object({
    questionId: z.string().min(1).max(100),
    answer: z.unknown().refine((a) => a !== undefined, "Give an answer"),
  })
  .strict()
  .meta({ id: "SaveAnswerInput" });

export const attemptProgressInputSchema = z
  .object({
    /** Index into the attempt's questions of the one on screen, so resume reopens it. */
    position: z.number().int().min(0, "Position counts from 0").max(99).optional(),
    flag: z
      .object({ questionId: z.string().min(1).max(100), flagged: z.boolean() })
      .strict()
      .optional(),
  })
  .strict()
  .refine((x) => x.position !== undefined || x.flag !== undefined, {
    error: "Give a position or a flag",
    path: ["position"],
  })
  .meta({ id: "AttemptProgressInput" });
export type AttemptProgressInput = z.infer<typeof attemptProgressInputSchema>;

export const attemptProgressSchema = z
  .object({ position: z.number().int(), flagged: z.array(z.string()) })
  .meta({ id: "AttemptProgress" });
export type AttemptProgress = z.infer<typeof attemptProgressSchema>;

export const quizSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    deckId: z.string(),
    deckTitle: z.string(),
    chapter: z.string().nullable(),
    questionCount: z.number().int(),
    timeLimitSeconds: z.number().int(),
    attemptsAllowed: z.number().int(),
    passMarkPercent: z.number().int(),
    reviewOptions: reviewOptionsSchema,
    /** The window for you (your override's later close included), and whether you may start now. */
    opensAt: z.string().nullable(),
    closesAt: z.string().nullable(),
    canStart: z.boolean(),
    startRefusal: z.enum(["archived", "not-open", "closed", "no-attempts"]).nullable(),
    attemptsUsed: z.number().int(),
    bestScore: z.number().nullable(),
    lastScore: z.number().nullable(),
    inProgressAttemptId: z.string().nullable(),
  })
  .meta({ id: "QuizSummary" });
export type QuizSummary = z.infer<typeof quizSummarySchema>;

export const attemptSummarySchema = z
  .object({
    id: z.string(),
    attemptNumber: z.number().int(),
    status: z.enum(["IN_PROGRESS", "SUBMITTED", "EXPIRED"]),
    startedAt: z.string(),
    deadlineAt: z.string(),
    submittedAt: z.string().nullable(),
    scorePercent: z.number().nullable(),
    passed: z.boolean().nullable(),
    user: z.object({ id: z.string(), name: z.string().nullable(), email: z.string() }).optional(),
  })
  .meta({ id: "AttemptSummary" });

export const attemptViewSchema = z
  .object({
    id: z.string(),
    quiz: z.object({
      id: z.string(),
      title: z.string(),
      passMarkPercent: z.number().int(),
      timeLimitSeconds: z.number().int(),
    }),
    attemptNumber: z.number().int(),
    status: z.enum(["IN_PROGRESS", "SUBMITTED", "EXPIRED"]),
    startedAt: z.string(),
    deadlineAt: z.string(),
    /** The server's clock when this was sent: clients compute their offset from it. */
    serverNow: z.string(),
    questions: z.array(publicQuestionSchema),
    answers: z.record(z.string(), z.unknown()),
    /** Ids of the questions the learner flagged for review. */
    flagged: z.array(z.string()),
    /** Index of the question the learner last had open. */
    position: z.number().int(),
    /** Sanitized HTML of the questions' Markdown (prompts, options, items, cloze text), by text: nothing else. */
    markdown: markdownHtmlSchema,
  })
  .meta({
    id: "AttemptInProgress",
    description: "An open attempt: questions without answer keys, and the learner's saved answers.",
  });
export type AttemptView = z.infer<typeof attemptViewSchema>;

export const attemptResultSchema = z
  .object({
    id: z.string(),
    quiz: z.object({ id: z.string(), title: z.string(), passMarkPercent: z.number().int(), deckId: z.string() }),
    attemptNumber: z.number().int(),
    status: z.enum(["SUBMITTED", "EXPIRED"]),
    startedAt: z.string(),
    submittedAt: z.string(),
    timeUsedSeconds: z.number().int(),
    /** Submitted by the clock: the auto-submit at zero, or finalized after the deadline. */
    timedOut: z.boolean(),
    /** Null when the review options hide the score at this time (then `result` per item is null too). */
    scorePercent: z.number().nullable(),
    passed: z.boolean().nullable(),
    answersShown: z.boolean(),
    /** Which review time it is for this attempt now, and what that row of the review options shows. */
    review: z.object({
      time: z.enum(REVIEW_TIMES),
      marks: z.boolean(),
      answers: z.boolean(),
      explanations: z.boolean(),
    }),
    missedQuestionIds: z.array(z.string()),
    /** Set while another attempt of the learner is open: how many questions here are in it. */
    heldBack: z.object({ attemptId: z.string(), questionCount: z.number().int() }).nullable(),
    items: z.array(
      z.object({
        question: publicQuestionSchema,
        answer: z.unknown().nullable(),
        result: gradeResultSchema.nullable(),
        solution: solutionSchema.optional(),
        explanation: z.string().optional(),
        /** In the learner's open attempt: answer, result, key and explanation wait until it ends. */
        heldBack: z.literal(true).optional(),
      }),
    ),
    /** Sanitized HTML of the Markdown these items carry (questions, and what the review shows of them), by text. */
    markdown: markdownHtmlSchema,
  })
  .meta({ id: "AttemptResult" });
export type AttemptResult = z.infer<typeof attemptResultSchema>;
