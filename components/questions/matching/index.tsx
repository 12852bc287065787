import type { QuestionTypeUi } from "../module";
import { MatchingInput } from "./input";
import { MatchingReview } from "./review";

export const matching: QuestionTypeUi<"matching"> = {
  Input: MatchingInput,
  Review: MatchingReview,
};
