import { z } from "zod";
import { textId } from "../ids";
import { arrange, type ViewContext } from "./arrange";
import { choice, choiceSchema } from "./fields";

/** View and solution shared by single and multiple: options by id, feedback per option. */
type Options = { options: { text: string; correct: boolean; feedback?: string }[] };

export const optionsView = (p: Options, ctx: ViewContext) =>
  arrange(
    p.options.map((o) => choice("o", o.text)),
    { order: ctx.order?.options, shuffle: ctx.shuffle, rng: ctx.rng },
  );

export const optionsViewFields = { options: z.array(choiceSchema) };
export const optionFeedbackField = { feedback: z.record(z.string(), z.string()) };

export function optionFeedback(p: Options): Record<string, string> {
  const feedback: Record<string, string> = {};
  for (const o of p.options) if (o.feedback) feedback[textId("o", o.text)] = o.feedback;
  return feedback;
}

export const correctOptionIds = (p: Options) => p.options.filter((o) => o.correct).map((o) => textId("o", o.text));
