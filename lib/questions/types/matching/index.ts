import { z } from "zod";
import { answersOf, type BuildContext, type Built } from "@/lib/decks/gift/read-parts";
import { escapeGift, readText } from "@/lib/decks/gift/text";
import { textId } from "../../ids";
import { arrange } from "../arrange";
import { answerId, choice, choiceSchema, distinct, result, text, unknownIds } from "../fields";
import { defineQuestionType } from "../module";
import { QUESTION_TYPE_LABELS } from "../../question-types";

export const matchingPayloadSchema = z
  .object({
    pairs: z
      .array(z.object({ left: text("Left item", 300), right: text("Right item", 300) }).strict())
      .min(2, "Give at least 2 pairs")
      .max(10, "Give at most 10 pairs"),
    /** Extra wrong answers shown on the right side (Moodle allows them too). */
    distractors: z.array(text("Distractor", 300)).max(5).optional(),
  })
  .strict()
  .refine((p) => distinct(p.pairs, (x) => x.left), { error: "Left items must all differ", path: ["pairs"] })
  .refine((p) => distinct([...p.pairs.map((x) => x.right), ...(p.distractors ?? [])], (x) => x), {
    error: "Right items and distractors must all differ",
    path: ["pairs"],
  });

/** `{=a -> 1 =b -> 2 = -> extra}`: a pair with an empty left side is a distractor. */
function readMatching(raw: string, ctx: BuildContext): Built | null {
  const pairs: { left: string; right: string }[] = [];
  const distractors: string[] = [];
  const lines = { pairs: [] as number[], distractors: [] as number[] };
  for (const a of answersOf(raw, "=", ctx, "start every pair with =")) {
    const arrow = a.body.indexOf("->");
    if (arrow === -1) {
      ctx.errors.push({ line: ctx.line(a.offset), message: "Write each matching pair as =left -> right" });
      continue;
    }
    const left = readText(a.body.slice(0, arrow), ctx.format);
    const right = readText(a.body.slice(arrow + 2), ctx.format);
    if (left === "") {
      distractors.push(right);
      lines.distractors.push(ctx.line(a.offset));
    } else {
      pairs.push({ left, right });
      lines.pairs.push(ctx.line(a.offset));
    }
  }
  const payload = distractors.length > 0 ? { pairs, distractors } : { pairs };
  return { type: "matching", payload, itemLines: lines };
}

export const matching = defineQuestionType({
  label: QUESTION_TYPE_LABELS.matching,
  payloadSchema: matchingPayloadSchema,
  answerSchema: z.object({ matches: z.record(answerId, answerId) }).strict(),
  answerShape: '{ "matches": { "<left id>": "<right id>" } }',
  viewSchema: z.object({ type: z.literal("matching"), lefts: z.array(choiceSchema), rights: z.array(choiceSchema) }),
  solutionSchema: z.object({ type: z.literal("matching"), matches: z.record(z.string(), z.string()) }),
  grade(p, a) {
    const lefts = new Map(p.pairs.map((x) => [textId("l", x.left), textId("r", x.right)]));
    const rights = new Set([...p.pairs.map((x) => x.right), ...(p.distractors ?? [])].map((r) => textId("r", r)));
    const badLefts = Object.keys(a.matches).filter((id) => !lefts.has(id));
    if (badLefts.length) throw unknownIds("matches", "left items", badLefts);
    const badRights = Object.values(a.matches).filter((id) => !rights.has(id));
    if (badRights.length) throw unknownIds("matches", "right items", badRights);
    const right = [...lefts].filter(([l, r]) => a.matches[l] === r).length;
    return result(right / lefts.size);
  },
  // Rights are always shuffled: in authored order they would line up with their lefts.
  toView(p, ctx) {
    const rights = [...p.pairs.map((x) => x.right), ...(p.distractors ?? [])].map((r) => choice("r", r));
    return {
      type: "matching" as const,
      lefts: p.pairs.map((x) => choice("l", x.left)),
      rights: arrange(rights, { order: ctx.order?.rights, shuffle: true, rng: ctx.rng }),
    };
  },
  choiceOrder: (view) => ({ rights: view.rights.map((c) => c.id) }),
  toSolution: (p) => ({
    type: "matching" as const,
    matches: Object.fromEntries(p.pairs.map((x) => [textId("l", x.left), textId("r", x.right)])),
  }),
  gift: {
    write: (q, { block }) =>
      block([
        ...q.payload.pairs.map((p) => `=${escapeGift(p.left)} -> ${escapeGift(p.right)}`),
        ...(q.payload.distractors ?? []).map((d) => `= -> ${escapeGift(d)}`),
      ]),
    read: { kind: "matching", build: readMatching },
  },
});
