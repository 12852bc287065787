import type { QuestionTypeUi } from "../module";
import { ShortInput } from "./input";
import { ShortReview } from "./review";

export const short: QuestionTypeUi<"short"> = {
  Input: ShortInput,
  Review: ({ answer, solution }) => <ShortReview answer={answer} solution={solution} />,
};
