import type { QuestionTypeUi } from "../module";
import { orderingDraft, type OrderingDraft } from "./draft";
import { OrderingFields } from "./editor";
import { OrderingInput } from "./input";
import { OrderingReview } from "./review";

export const ordering: QuestionTypeUi<"ordering", OrderingDraft> = {
  Input: OrderingInput,
  Review: ({ view, answer, solution }) => <OrderingReview view={view} answer={answer} solution={solution} />,
  Editor: OrderingFields,
  draft: orderingDraft,
};
