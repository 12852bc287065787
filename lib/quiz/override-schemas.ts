import { z } from "zod";

/** One learner's accommodation, as an instructor gives it; the learner is named by email. */
export const overrideInputSchema = z
  .object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(320)
      .pipe(z.email({ error: "Give the learner's email address, like name@example.com" })),
    timeFactor: z
      .number()
      .min(1, "The time factor is at least 1 (no less time than the quiz gives)")
      .max(10, "At most 10 × the time limit")
      .default(1),
    extraAttempts: z.number().int().min(0, "Extra attempts cannot be negative").max(100).default(0),
    closesAt: z.iso
      .datetime({ offset: true, error: "A date and time, e.g. 2026-12-01T09:00:00Z" })
      .nullable()
      .default(null),
  })
  .strict()
  .meta({ id: "QuizOverrideInput" });
export type OverrideInput = z.infer<typeof overrideInputSchema>;

export const overrideSchema = z
  .object({
    userId: z.string(),
    name: z.string().nullable(),
    email: z.string(),
    timeFactor: z.number(),
    extraAttempts: z.number().int(),
    closesAt: z.string().nullable(),
  })
  .meta({ id: "QuizOverride" });
export type OverrideDto = z.infer<typeof overrideSchema>;
