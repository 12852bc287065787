import { z } from "zod";

/** ?dryRun=1 (or true) lists the changes without writing; without it the regrade is applied. */
export const regradeQuerySchema = z
  .object({
    dryRun: z
      .enum(["true", "false", "1", "0"], { error: "dryRun must be 1, 0, true or false" })
      .transform((v) => v === "true" || v === "1")
      .default(false),
  })
  .strict();

export const regradeRowSchema = z
  .object({
    attemptId: z.string(),
    attemptNumber: z.number().int(),
    learner: z.object({ id: z.string(), email: z.string(), name: z.string().nullable() }),
    oldScorePercent: z.number(),
    newScorePercent: z.number(),
    oldPassed: z.boolean(),
    newPassed: z.boolean(),
    /** Responses whose right/wrong or score moves. */
    changedResponses: z.number().int(),
  })
  .meta({ id: "RegradeRow" });
export type RegradeRow = z.infer<typeof regradeRowSchema>;

export const regradeReportSchema = z
  .object({
    quizId: z.string(),
    dryRun: z.boolean(),
    /** Every submitted or expired attempt, in the order they started. */
    attempts: z.array(regradeRowSchema),
    /** Attempts whose score, pass or pinned versions move (written unless dryRun). */
    changedAttempts: z.number().int(),
  })
  .meta({ id: "RegradeReport" });
export type RegradeReport = z.infer<typeof regradeReportSchema>;
