import { z } from "zod";
import { gradeResultSchema, publicQuestionSchema, solutionSchema } from "@/lib/questions/dto-schemas";
import { quizPoolsSchema } from "./pool-schemas";

export const ANSWER_POLICIES = ["AFTER_EACH_ATTEMPT", "AFTER_LAST_ATTEMPT", "NEVER"] as const;

export const quizInputSchema = z
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
    showAnswers: z.enum(ANSWER_POLICIES).default("AFTER_EACH_ATTEMPT"),
    /** With pools, an attempt draws each pool's count (questionCount becomes their sum). */
    pools: quizPoolsSchema.default([]),
  })
  .strict()
  .meta({ id: "QuizInput" });
export type QuizInput = z.infer<typeof quizInputSchema>;

export const saveAnswerSchema = z
  .object({
    questionId: z.string().min(1).max(100),
    answer: z.unknown().refine((a) => a !== undefined, "Give an answer"),
  })
  .strict()
  .meta({ id: "SaveAnswerInput" });

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
    showAnswers: z.enum(ANSWER_POLICIES),
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
    scorePercent: z.number(),
    passed: z.boolean(),
    answersShown: z.boolean(),
    answersPolicy: z.enum(ANSWER_POLICIES),
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
  })
  .meta({ id: "AttemptResult" });
export type AttemptResult = z.infer<typeof attemptResultSchema>;
