import { z } from "zod";
import { AppError } from "@/lib/errors";
import { escapeGift } from "@/lib/decks/gift/text";
import { matchesAccepted } from "../../normalise";
import { result, text } from "../fields";
import { defineQuestionType } from "../module";
import { QUESTION_TYPE_LABELS } from "../../question-types";
import { CLOZE_BLANK } from "../../cloze-blank";

export { CLOZE_BLANK } from "../../cloze-blank";

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
    { error: "The text must contain [[1]] … [[n]] once each, in order, one per blank", path: ["text"] },
  );

type Segment = { text: string } | { blank: number };

/** Blanks are numbered from 1, as authored ([[1]] → { blank: 1 } → answer.blanks[0]). */
function clozeSegments(t: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const m of t.matchAll(CLOZE_BLANK)) {
    if (m.index > last) segments.push({ text: t.slice(last, m.index) });
    segments.push({ blank: Number(m[1]) });
    last = m.index + m[0].length;
  }
  if (last < t.length) segments.push({ text: t.slice(last) });
  return segments;
}

export const cloze = defineQuestionType({
  label: QUESTION_TYPE_LABELS.cloze,
  payloadSchema: clozePayloadSchema,
  answerSchema: z.object({ blanks: z.array(z.string().max(200)).max(10) }).strict(),
  answerShape: '{ "blanks": ["<answer for blank 1>", …] }',
  viewSchema: z.object({
    type: z.literal("cloze"),
    segments: z.array(z.union([z.object({ text: z.string() }), z.object({ blank: z.number().int() })])),
    blanks: z.number().int(),
  }),
  solutionSchema: z.object({
    type: z.literal("cloze"),
    accepted: z.array(z.array(z.string())),
    caseSensitive: z.array(z.boolean()).optional(),
  }),
  grade(p, a) {
    if (a.blanks.length !== p.blanks.length) {
      throw new AppError("BAD_REQUEST", `Give one answer per blank: this text has ${p.blanks.length}.`, {
        fields: { "answer.blanks": [`Expected ${p.blanks.length} answers, got ${a.blanks.length}`] },
      });
    }
    const right = p.blanks.filter((b, i) => matchesAccepted(a.blanks[i], b.accepted, b.caseSensitive)).length;
    return result(right / p.blanks.length);
  },
  toView: (p) => ({ type: "cloze" as const, segments: clozeSegments(p.text), blanks: p.blanks.length }),
  toSolution: (p) => ({
    type: "cloze" as const,
    accepted: p.blanks.map((b) => b.accepted),
    ...(p.blanks.some((b) => b.caseSensitive) ? { caseSensitive: p.blanks.map((b) => !!b.caseSensitive) } : {}),
  }),
  gift: {
    // GIFT's missing word has one blank: blank 1 is the question, later blanks show as `_____`.
    // A missing-word question is read back as a cloze by lib/decks/gift/question.ts.
    write(q, { head, general }) {
      const [before, ...rest] = q.payload.text.split(/\[\[\d+\]\]/);
      const answers = q.payload.blanks[0].accepted.map((a) => `=${escapeGift(a)}`).join(" ");
      return [`${head}${escapeGift(`\n\n${before}`)}{${answers}${general}}${escapeGift(rest.join("_____"))}`];
    },
  },
});
