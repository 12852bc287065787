import type { QuestionTypeUi } from "../module";
import { TrueFalseInput } from "./input";
import { TrueFalseReview } from "./review";

export const truefalse: QuestionTypeUi<"truefalse"> = {
  Input: TrueFalseInput,
  Review: ({ answer, solution, result }) => (
    <TrueFalseReview answer={answer} solution={solution} feedback={result?.feedback ?? []} />
  ),
  inlineFeedback: true,
};
