import type { QuestionTypeUi } from "../module";
import { orderingDraft, type OrderingDraft } from "./draft";
import { OrderingFields } from "./editor";
import { OrderingInput } from "./input";
import { OrderingReview } from "./review";

export const ordering: QuestionTypeUi<"ordering", OrderingDraft> = {
  Input: OrderingInput,
  Review: OrderingReview,
  Editor: OrderingFields,
  draft: orderingDraft,
};
