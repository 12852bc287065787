import type { QuestionTypeUi } from "../module";
import { FlashcardReview } from "./review";

export const flashcard: QuestionTypeUi<"flashcard"> = {
  // No input: the learner reveals the back (the parent's button), then grades themselves.
  Input: null,
  Review: ({ solution }) => <FlashcardReview solution={solution} />,
  selfGraded: true,
};
