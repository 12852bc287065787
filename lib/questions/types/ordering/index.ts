import { z } from "zod";
import { AppError } from "@/lib/errors";
import { escapeGift } from "@/lib/decks/gift/text";
import { textId } from "../../ids";
import { arrange } from "../arrange";
import { answerId, choice, choiceSchema, distinct, result, text } from "../fields";
import { defineQuestionType } from "../module";
import { QUESTION_TYPE_LABELS } from "../../question-types";

export const orderingPayloadSchema = z
  .object({
    items: z.array(text("Item", 300)).min(3, "Give at least 3 items").max(10, "Give at most 10 items"),
  })
  .strict()
  .refine((p) => distinct(p.items, (x) => x), { error: "Items must all differ", path: ["items"] });

export const ordering = defineQuestionType({
  label: QUESTION_TYPE_LABELS.ordering,
  payloadSchema: orderingPayloadSchema,
  answerSchema: z.object({ order: z.array(answerId).max(10) }).strict(),
  answerShape: '{ "order": ["<item id>", …] }',
  viewSchema: z.object({ type: z.literal("ordering"), items: z.array(choiceSchema) }),
  solutionSchema: z.object({ type: z.literal("ordering"), order: z.array(z.string()) }),
  grade(p, a) {
    const ids = p.items.map((t) => textId("i", t));
    const given = new Set(a.order);
    if (a.order.length !== ids.length || given.size !== ids.length || !ids.every((id) => given.has(id))) {
      throw new AppError("BAD_REQUEST", "The order must list every item of the question exactly once.", {
        fields: { "answer.order": [`Expected each of the ${ids.length} item ids exactly once`] },
      });
    }
    return result(ids.filter((id, i) => a.order[i] === id).length / ids.length);
  },
  // Items are always shuffled: the authored order is the answer key.
  toView: (p, ctx) => ({
    type: "ordering" as const,
    items: arrange(
      p.items.map((t) => choice("i", t)),
      { order: ctx.order?.items, shuffle: true, rng: ctx.rng },
    ),
  }),
  choiceOrder: (view) => ({ items: view.items.map((c) => c.id) }),
  toSolution: (p) => ({ type: "ordering" as const, order: p.items.map((t) => textId("i", t)) }),
  gift: {
    // GIFT has no ordering type: a matching question pairing positions 1, 2, 3… with the items.
    write: (q, { block }) => block(q.payload.items.map((item, i) => `=${i + 1} -> ${escapeGift(item)}`)),
  },
});
