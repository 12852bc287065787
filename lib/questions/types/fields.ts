import { z } from "zod";
import { AppError } from "@/lib/errors";
import { textId } from "../ids";
import type { GradeResult } from "../types";

/** Building blocks shared by the type modules' payload and answer schemas and graders. */
export const text = (what: string, max = 2000) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, `${what} must not be empty`)
    .max(max, `${what} must be at most ${max} characters`);

export const feedback = z.string().trim().max(2000, "Feedback must be at most 2000 characters").optional();

export const finite = (what: string) => z.number({ error: `${what} must be a number` });

/** An opaque option/item id in an answer. */
export const answerId = z.string().min(1).max(64);

export function distinct<T>(items: T[], key: (t: T) => string) {
  const seen = new Set<string>();
  for (const item of items) {
    const k = key(item).trim().toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
  }
  return true;
}

export const choiceOption = z.object({
  text: text("Option text", 500),
  correct: z.boolean({ error: "Each option needs correct: true or false" }),
  feedback,
});

/** An option/item/side as the learner sees it, for view schemas. */
export const choiceSchema = z.object({ id: z.string(), text: z.string() });
export const choice = (prefix: "o" | "i" | "l" | "r", t: string) => ({ id: textId(prefix, t), text: t });

export const result = (score: number, feedback: string[] = []): GradeResult => ({
  correct: score === 1,
  score,
  feedback,
});

export function unknownIds(field: string, what: string, ids: string[]): AppError {
  return new AppError(
    "BAD_REQUEST",
    `This answer names ${what} that the question does not have; reload the question and answer again.`,
    {
      fields: { [`answer.${field}`]: [`Unknown ${what}: ${ids.join(", ")}`] },
    },
  );
}
