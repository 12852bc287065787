import { arr, option, str, withText, type OptionRow } from "@/components/authoring/editor/rows";
import type { DraftPiece } from "../module";

/** Single and multiple choice share their options. */
export interface ChoiceDraft {
  options: OptionRow[];
}

export const choiceDraft: DraftPiece<ChoiceDraft> = {
  // A new single-choice draft starts with its first option right; multiple with none yet.
  empty: (type) => ({
    options: type === "multiple" ? [option(), option(), option()] : [option("", true), option(), option()],
  }),
  read: (p) => ({
    options: arr(p.options).map((o) => {
      const x = o as Record<string, unknown>;
      return option(str(x.text), x.correct === true, str(x.feedback));
    }),
  }),
  payload: (d) => ({
    options: d.options.map((o) => ({ text: o.text, correct: o.correct, ...withText("feedback", o.feedback) })),
  }),
};
