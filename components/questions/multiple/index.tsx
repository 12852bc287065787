import { ChoiceInput } from "../choice/input";
import { ChoiceReview } from "../choice/review";
import type { QuestionTypeUi } from "../module";

export const multiple: QuestionTypeUi<"multiple"> = {
  Input: (props) => <ChoiceInput {...props} />,
  Review: ({ view, answer, solution }) => <ChoiceReview view={view} answer={answer} solution={solution} />,
  inlineFeedback: true,
};
