import { z } from "zod";
import { answersOf, cutFeedback, takeWeight, type BuildContext, type Built } from "@/lib/decks/gift/read-parts";
import { escapeGift, readText } from "@/lib/decks/gift/text";
import { matchesAccepted } from "../../normalise";
import { result, text } from "../fields";
import { defineQuestionType } from "../module";
import { QUESTION_TYPE_LABELS } from "../../question-types";

export const shortPayloadSchema = z
  .object({
    accepted: z.array(text("Accepted answer", 200)).min(1, "Give at least one accepted answer").max(20),
    caseSensitive: z.boolean().optional(),
  })
  .strict();

/** `{=a =%100%b =%50%c}` → accepted [a, b]: only fully right answers count; feedback is dropped. */
function readShort(raw: string, ctx: BuildContext): Built | null {
  const answers = answersOf(raw, "=", ctx, "start every answer with =").map((a) => {
    const { weight, rest } = takeWeight(a.body);
    return { text: readText(cutFeedback(rest).text, ctx.format), full: weight === undefined || weight === 100, a };
  });
  const full = answers.filter((x) => x.full);
  if (full.length === 0) {
    ctx.errors.push({ line: ctx.line(0), message: "No answer is fully right: mark at least one with = or =%100%" });
    return null;
  }
  return {
    type: "short",
    payload: { accepted: full.map((x) => x.text) },
    accepted: full.map((x) => x.text),
    itemLines: { accepted: full.map((x) => ctx.line(x.a.offset)) },
  };
}

export const short = defineQuestionType({
  label: QUESTION_TYPE_LABELS.short,
  payloadSchema: shortPayloadSchema,
  answerSchema: z.object({ text: z.string().max(500, "Answer must be at most 500 characters") }).strict(),
  answerShape: '{ "text": "<your answer>" }',
  viewSchema: z.object({ type: z.literal("short") }),
  solutionSchema: z.object({
    type: z.literal("short"),
    accepted: z.array(z.string()),
    caseSensitive: z.boolean().optional(),
  }),
  grade: (p, a) => result(matchesAccepted(a.text, p.accepted, p.caseSensitive) ? 1 : 0),
  toView: () => ({ type: "short" as const }),
  toSolution: (p) => ({
    type: "short" as const,
    accepted: p.accepted,
    ...(p.caseSensitive ? { caseSensitive: true } : {}),
  }),
  gift: {
    write: (q, { block }) => block(q.payload.accepted.map((a) => `=${escapeGift(a)}`)),
    read: { kind: "short", build: readShort },
  },
});
