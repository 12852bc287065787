import { str, withText } from "@/components/authoring/editor/rows";
import type { DraftPiece } from "../module";

export interface TrueFalseDraft {
  tfAnswer: boolean;
  feedbackTrue: string;
  feedbackFalse: string;
}

export const truefalseDraft: DraftPiece<TrueFalseDraft> = {
  empty: () => ({ tfAnswer: true, feedbackTrue: "", feedbackFalse: "" }),
  read: (p) => ({
    tfAnswer: p.answer === true,
    feedbackTrue: str(p.feedbackTrue),
    feedbackFalse: str(p.feedbackFalse),
  }),
  payload: (d) => ({
    answer: d.tfAnswer,
    ...withText("feedbackTrue", d.feedbackTrue),
    ...withText("feedbackFalse", d.feedbackFalse),
  }),
};
