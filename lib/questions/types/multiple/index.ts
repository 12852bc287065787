import { z } from "zod";
import { escapeGift } from "@/lib/decks/gift/text";
import { giftFeedback, giftPercent } from "@/lib/decks/gift/write-parts";
import { textId } from "../../ids";
import { choiceGiftReader } from "../choice-gift";
import { correctOptionIds, optionFeedback, optionFeedbackField, optionsView, optionsViewFields } from "../choice-view";
import { answerId, choiceOption, distinct, result, unknownIds } from "../fields";
import { defineQuestionType } from "../module";
import { QUESTION_TYPE_LABELS } from "../../question-types";

export const multiplePayloadSchema = z
  .object({
    options: z.array(choiceOption).min(3, "Give at least 3 options").max(10, "Give at most 10 options"),
  })
  .strict()
  .refine((p) => p.options.some((o) => o.correct), { error: "At least one option must be correct", path: ["options"] })
  .refine((p) => p.options.some((o) => !o.correct), { error: "At least one option must be wrong", path: ["options"] })
  .refine((p) => distinct(p.options, (o) => o.text), { error: "Options must all differ", path: ["options"] });

export const multiple = defineQuestionType({
  label: QUESTION_TYPE_LABELS.multiple,
  payloadSchema: multiplePayloadSchema,
  answerSchema: z.object({ choices: z.array(answerId).max(10) }).strict(),
  answerShape: '{ "choices": ["<option id>", …] }',
  viewSchema: z.object({ type: z.literal("multiple"), ...optionsViewFields }),
  solutionSchema: z.object({ type: z.literal("multiple"), correct: z.array(z.string()), ...optionFeedbackField }),
  grade(p, a) {
    const chosen = new Set(a.choices);
    const ids = new Set(p.options.map((o) => textId("o", o.text)));
    const unknown = [...chosen].filter((id) => !ids.has(id));
    if (unknown.length) throw unknownIds("choices", "options", unknown);
    const picked = p.options.filter((o) => chosen.has(textId("o", o.text)));
    const right = p.options.filter((o) => o.correct).length;
    const rightPicked = picked.filter((o) => o.correct).length;
    const score = Math.max(0, (rightPicked - (picked.length - rightPicked)) / right);
    const feedback = picked.flatMap((o) => (o.feedback ? [o.feedback] : []));
    // score === 1 exactly when every right option and no wrong one was picked: the "correct" rule.
    return result(score, feedback);
  },
  toView: (p, ctx) => ({ type: "multiple" as const, options: optionsView(p, ctx) }),
  choiceOrder: (view) => ({ options: view.options.map((c) => c.id) }),
  toSolution: (p) => ({ type: "multiple" as const, correct: correctOptionIds(p), feedback: optionFeedback(p) }),
  gift: {
    write(q, { block }) {
      // Moodle wants the positive weights to add up to 100%; wrong answers share -100%.
      const right = q.payload.options.filter((o) => o.correct).length;
      const wrong = q.payload.options.length - right;
      return block(
        q.payload.options.map((o) => {
          const weight = o.correct ? giftPercent(100 / right) : giftPercent(-100 / wrong);
          return `~%${weight}%${escapeGift(o.text)}${giftFeedback(o.feedback)}`;
        }),
      );
    },
    read: choiceGiftReader,
  },
});
