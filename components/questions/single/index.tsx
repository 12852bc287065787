import { choiceDraft, type ChoiceDraft } from "../choice/draft";
import { ChoiceFields } from "../choice/editor";
import { ChoiceInput } from "../choice/input";
import { ChoiceReview } from "../choice/review";
import type { QuestionTypeUi } from "../module";

export const single: QuestionTypeUi<"single", ChoiceDraft> = {
  Input: (props) => <ChoiceInput {...props} />,
  Review: ({ view, answer, solution }) => <ChoiceReview view={view} answer={answer} solution={solution} />,
  Editor: ChoiceFields,
  draft: choiceDraft,
  inlineFeedback: true,
};
