import type { QuestionTypeUi } from "../module";
import { truefalseDraft, type TrueFalseDraft } from "./draft";
import { TrueFalseFields } from "./editor";
import { TrueFalseInput } from "./input";
import { TrueFalseReview } from "./review";

export const truefalse: QuestionTypeUi<"truefalse", TrueFalseDraft> = {
  Input: TrueFalseInput,
  Review: ({ answer, solution, result }) => (
    <TrueFalseReview answer={answer} solution={solution} feedback={result?.feedback ?? []} />
  ),
  Editor: TrueFalseFields,
  draft: truefalseDraft,
  inlineFeedback: true,
};
