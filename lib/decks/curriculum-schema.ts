import { z } from "zod";
import { questionInputSchema, type QuestionInput } from "@/lib/questions/schemas";

export const QUESTION_KINDS = ["recall", "understanding", "scenario"] as const;

/** A question as stored in a curriculum file: the authored question plus a stable id. */
export const curriculumQuestionSchema = z.intersection(
  z.object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{2,80}$/, "id must be lower-case letters, digits and dashes"),
    // Published curriculum questions always explain the answer and cite their section.
    explanation: z.string().trim().min(1, "Every curriculum question needs an explanation"),
    section: z.string().min(1, "Every curriculum question cites its section"),
    // What the question asks of the learner: remembering a fact, explaining why, or applying it to a case.
    kind: z.enum(QUESTION_KINDS, { error: `kind must be one of ${QUESTION_KINDS.join(", ")}` }),
    // The upstream document that backs a fact past the chapter (man page, kernel doc, spec, vendor doc).
    source: z
      .object({
        title: z.string().trim().min(1).max(200),
        url: z.url({ protocol: /^https$/, error: "source.url must be an https URL" }),
      })
      .strict()
      .optional(),
  }),
  questionInputSchema,
);

export const curriculumDeckSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,60}$/, "slug must be lower-case letters, digits and dashes"),
    title: z.string().trim().min(1).max(120),
    chapter: z.string().regex(/^\d+(\.\d+)*$/),
    description: z.string().trim().max(2000),
    questions: z.array(curriculumQuestionSchema).min(1),
  })
  .strict();
export type CurriculumDeck = z.infer<typeof curriculumDeckSchema>;

export type CurriculumQuestion = CurriculumDeck["questions"][number];

/**
 * A curriculum question as the app stores it: the kind stays in the file, and the source is
 * written under the explanation, so every screen that shows the explanation cites it.
 */
export function authoredQuestion(q: CurriculumQuestion): QuestionInput & { id: string; section: string } {
  const { kind: _kind, source, ...question } = q;
  if (!source) return question;
  return { ...question, explanation: `${question.explanation}\n\nSource: [${source.title}](${source.url})` };
}
