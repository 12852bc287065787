import type { QuestionTypeAuthoring } from "../module";
import { truefalseDraft, type TrueFalseDraft } from "./draft";
import { TrueFalseFields } from "./editor";

/** The truefalse type's part of the question editor (kept apart from ./index.tsx: learner pages never load it). */
export const truefalseAuthoring: QuestionTypeAuthoring<TrueFalseDraft> = {
  Editor: TrueFalseFields,
  draft: truefalseDraft,
};
