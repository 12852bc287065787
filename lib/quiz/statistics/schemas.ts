import { z } from "zod";
import { optionCountSchema, statsItemShape } from "@/lib/authoring/schemas";
import { WHICH_ATTEMPTS, DEFAULT_WHICH_ATTEMPTS } from "./which-attempts";

export const quizStatisticsQuerySchema = z
  .object({
    attempts: z
      .enum(WHICH_ATTEMPTS, { error: `attempts must be one of ${WHICH_ATTEMPTS.join(", ")}` })
      .default(DEFAULT_WHICH_ATTEMPTS)
      .meta({ description: "Which finished attempts count, as in Moodle (default: each learner's highest)" }),
  })
  .strict();

const num = z.number().nullable();

export const quizTestStatisticsSchema = z.object({
  attempts: z.number().int(),
  maxTotal: z
    .number()
    .meta({ description: "The most an attempt can score; mean, median, SD and SE are in marks of this" }),
  mean: num,
  median: num,
  standardDeviation: num,
  skewness: num,
  kurtosis: num,
  cic: num.meta({ description: "Coefficient of internal consistency (%)" }),
  errorRatio: num.meta({ description: "%" }),
  standardError: num.meta({ description: "In marks" }),
  slots: z.number().int(),
  slotBasis: z.enum(["questions", "positions"]).nullable(),
});

export const quizItemStatisticsSchema = z.object({
  ...statsItemShape,
  maxMark: z.number(),
  facility: num.meta({ description: "Mean mark as % of the max mark" }),
  sd: num.meta({ description: "SD of the mark as % of the max mark" }),
  discriminationIndex: num,
  discriminativeEfficiency: num,
  options: z.array(optionCountSchema).nullable(),
  /** False below MIN_ATTEMPTS_FOR_FLAGS: the numbers stand, but nothing is flagged. */
  enoughAttempts: z.boolean(),
  flags: z.array(z.enum(["too-hard", "too-easy", "low-discrimination"])),
});

export const quizStatisticsSchema = z
  .object({
    quiz: z.object({ id: z.string(), title: z.string() }),
    whichAttempts: z.enum(WHICH_ATTEMPTS),
    minAttemptsForFlags: z.number().int(),
    test: quizTestStatisticsSchema,
    items: z.array(quizItemStatisticsSchema),
  })
  .meta({
    id: "QuizStatistics",
    description: "Moodle's quiz statistics report over the quiz's finished attempts (docs/STATISTICS.md)",
  });
export type QuizStatisticsDto = z.infer<typeof quizStatisticsSchema>;
export type QuizItemStatisticsDto = z.infer<typeof quizItemStatisticsSchema>;
