import type { QuestionTypeUi } from "../module";
import { ClozeInput } from "./input";
import { ClozeReview } from "./review";

export const cloze: QuestionTypeUi<"cloze"> = {
  Input: ClozeInput,
  Review: ClozeReview,
};
