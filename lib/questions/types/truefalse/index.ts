import { z } from "zod";
import { optionalText, type BuildContext, type Built } from "@/lib/decks/gift/read-parts";
import { splitUnescaped, unescapeGift } from "@/lib/decks/gift/text";
import { giftFeedback } from "@/lib/decks/gift/write-parts";
import { feedback, result } from "../fields";
import { defineQuestionType } from "../module";
import { QUESTION_TYPE_LABELS } from "../../question-types";

export const truefalsePayloadSchema = z
  .object({
    answer: z.boolean({ error: "answer must be true or false" }),
    feedbackTrue: feedback,
    feedbackFalse: feedback,
  })
  .strict();

/**
 * `{T#shown if wrong#shown if right}` as in Moodle, whose feedbackTrue is shown to whoever
 * answers True (as ours is). So for a true statement: wrong → feedbackFalse, right → feedbackTrue;
 * for a false statement the other way round.
 */
function readTrueFalse(raw: string, ctx: BuildContext): Built {
  const parts = splitUnescaped(raw, "#").map((p) => p.text);
  const answer = ["T", "TRUE"].includes(unescapeGift(parts[0]).trim().toUpperCase());
  const wrong = optionalText(parts[1], ctx.format);
  const right = optionalText(parts.length > 2 ? parts.slice(2).join("#") : undefined, ctx.format);
  const [feedbackTrue, feedbackFalse] = answer ? [right, wrong] : [wrong, right];
  return {
    type: "truefalse",
    payload: {
      answer,
      ...(feedbackTrue === undefined ? {} : { feedbackTrue }),
      ...(feedbackFalse === undefined ? {} : { feedbackFalse }),
    },
  };
}

export const truefalse = defineQuestionType({
  label: QUESTION_TYPE_LABELS.truefalse,
  payloadSchema: truefalsePayloadSchema,
  answerSchema: z.object({ value: z.boolean({ error: "value must be true or false" }) }).strict(),
  answerShape: '{ "value": true | false }',
  viewSchema: z.object({ type: z.literal("truefalse") }),
  solutionSchema: z.object({ type: z.literal("truefalse"), answer: z.boolean(), feedback: z.string().optional() }),
  grade(p, a) {
    const fb = a.value ? p.feedbackTrue : p.feedbackFalse;
    return result(a.value === p.answer ? 1 : 0, fb ? [fb] : []);
  },
  toView: () => ({ type: "truefalse" as const }),
  /** `feedback` is the one written for the right value. */
  toSolution(p) {
    const feedback = p.answer ? p.feedbackTrue : p.feedbackFalse;
    return { type: "truefalse" as const, answer: p.answer, ...(feedback ? { feedback } : {}) };
  },
  gift: {
    write(q, { head, general }) {
      const { answer, feedbackTrue, feedbackFalse } = q.payload;
      const [right, wrong] = answer ? [feedbackTrue, feedbackFalse] : [feedbackFalse, feedbackTrue];
      const wrongPart = wrong !== undefined ? giftFeedback(wrong) : right !== undefined ? "#" : "";
      return [`${head}{${answer ? "TRUE" : "FALSE"}${wrongPart}${giftFeedback(right)}${general}}`];
    },
    read: { kind: "truefalse", build: readTrueFalse },
  },
});
