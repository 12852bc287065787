import type { QuestionTypeUi } from "../module";
import { numericDraft, type NumericDraft } from "./draft";
import { NumericFields } from "./editor";
import { NumericInput } from "./input";
import { NumericReview } from "./review";

export const numeric: QuestionTypeUi<"numeric", NumericDraft> = {
  Input: NumericInput,
  Review: ({ answer, solution, result }) => (
    <NumericReview answer={answer} solution={solution} correct={result?.correct ?? null} />
  ),
  Editor: NumericFields,
  draft: numericDraft,
};
