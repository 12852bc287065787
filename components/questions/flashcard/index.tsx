import type { QuestionTypeUi } from "../module";
import { flashcardDraft, type FlashcardDraft } from "./draft";
import { FlashcardFields } from "./editor";
import { FlashcardReview } from "./review";

export const flashcard: QuestionTypeUi<"flashcard", FlashcardDraft> = {
  // No input: the learner reveals the back (the parent's button), then grades themselves.
  Input: null,
  Review: ({ solution }) => <FlashcardReview solution={solution} />,
  Editor: FlashcardFields,
  draft: flashcardDraft,
  selfGraded: true,
};
