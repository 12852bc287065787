import type { QuestionTypeUi } from "../module";
import { NumericInput } from "./input";
import { NumericReview } from "./review";

export const numeric: QuestionTypeUi<"numeric"> = {
  Input: NumericInput,
  Review: ({ answer, solution, result }) => (
    <NumericReview answer={answer} solution={solution} correct={result?.correct ?? null} />
  ),
};
