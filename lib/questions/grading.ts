import { AppError, zodFieldErrors } from "@/lib/errors";
import { parsePayload } from "./payload";
import { moduleFor } from "./registry";
import type { GradeResult, StoredQuestion } from "./types";

export { normaliseText } from "./normalise";

/**
 * Grades a learner's answer against a stored question with its type's grader. Throws AppError
 * BAD_REQUEST (with `fields`) when the answer has the wrong shape or names ids the question
 * does not have; a corrupt stored payload throws a plain Error (a 500).
 */
export function gradeAnswer(q: StoredQuestion, answer: unknown): GradeResult {
  const p = parsePayload(q);
  const m = moduleFor(p.type);
  const parsed = m.answerSchema.safeParse(answer);
  if (!parsed.success) {
    throw new AppError("BAD_REQUEST", `An answer to a ${p.type} question must look like ${m.answerShape}.`, {
      fields: zodFieldErrors(parsed.error, "answer"),
    });
  }
  return m.grade(p.payload, parsed.data);
}
