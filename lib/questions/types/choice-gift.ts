import {
  answersOf,
  cutFeedback,
  optionalText,
  takeWeight,
  type Built,
  type BuildContext,
} from "@/lib/decks/gift/read-parts";
import { readText } from "@/lib/decks/gift/text";

/**
 * GIFT reader shared by single and multiple (GIFT tells them apart by the marks):
 * `{=right ~wrong}` → single; with no `=`, `~%w%` weights → multiple (positive weight = correct).
 */
export const choiceGiftReader = {
  kind: "choice" as const,
  build(raw: string, ctx: BuildContext): Built {
    const answers = answersOf(raw, "~=", ctx, "start every answer with = (right) or ~ (wrong)");
    const single = answers.some((a) => a.marker === "=");
    const options = answers.map((a) => {
      // Moodle reads weights only after `~`; in a question with `=`, partial credit becomes wrong.
      const { weight, rest } = a.marker === "~" ? takeWeight(a.body) : { weight: undefined, rest: a.body };
      const { text, feedback } = cutFeedback(rest);
      const correct = single ? a.marker === "=" : (weight ?? 0) > 0;
      const fb = optionalText(feedback, ctx.format);
      return { text: readText(text, ctx.format), correct, ...(fb === undefined ? {} : { feedback: fb }) };
    });
    return {
      type: single ? "single" : "multiple",
      payload: { options },
      accepted: options.filter((o) => o.correct).map((o) => o.text),
      itemLines: { options: answers.map((a) => ctx.line(a.offset)) },
    };
  },
};
