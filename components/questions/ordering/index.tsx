import type { QuestionTypeUi } from "../module";
import { OrderingInput } from "./input";
import { OrderingReview } from "./review";

export const ordering: QuestionTypeUi<"ordering"> = {
  Input: OrderingInput,
  Review: OrderingReview,
};
