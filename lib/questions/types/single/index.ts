import { z } from "zod";
import { escapeGift } from "@/lib/decks/gift/text";
import { giftFeedback } from "@/lib/decks/gift/write-parts";
import { textId } from "../../ids";
import { choiceGiftReader } from "../choice-gift";
import { correctOptionIds, optionFeedback, optionFeedbackField, optionsView, optionsViewFields } from "../choice-view";
import { answerId, choiceOption, distinct, result, unknownIds } from "../fields";
import { defineQuestionType } from "../module";
import { QUESTION_TYPE_LABELS } from "../../question-types";

export const singlePayloadSchema = z
  .object({
    options: z.array(choiceOption).min(2, "Give at least 2 options").max(10, "Give at most 10 options"),
  })
  .strict()
  .refine((p) => p.options.filter((o) => o.correct).length === 1, {
    error: "Exactly one option must be correct",
    path: ["options"],
  })
  .refine((p) => distinct(p.options, (o) => o.text), { error: "Options must all differ", path: ["options"] });

export const single = defineQuestionType({
  label: QUESTION_TYPE_LABELS.single,
  payloadSchema: singlePayloadSchema,
  answerSchema: z.object({ choice: answerId }).strict(),
  answerShape: '{ "choice": "<option id>" }',
  viewSchema: z.object({ type: z.literal("single"), ...optionsViewFields }),
  solutionSchema: z.object({ type: z.literal("single"), correct: z.string(), ...optionFeedbackField }),
  grade(p, a) {
    const picked = p.options.find((o) => textId("o", o.text) === a.choice);
    if (!picked) throw unknownIds("choice", "an option", [a.choice]);
    return result(picked.correct ? 1 : 0, picked.feedback ? [picked.feedback] : []);
  },
  toView: (p, ctx) => ({ type: "single" as const, options: optionsView(p, ctx) }),
  choiceOrder: (view) => ({ options: view.options.map((c) => c.id) }),
  toSolution: (p) => ({ type: "single" as const, correct: correctOptionIds(p)[0], feedback: optionFeedback(p) }),
  gift: {
    write: (q, { block }) =>
      block(q.payload.options.map((o) => `${o.correct ? "=" : "~"}${escapeGift(o.text)}${giftFeedback(o.feedback)}`)),
    read: choiceGiftReader,
  },
});
