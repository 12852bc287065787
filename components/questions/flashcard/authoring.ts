import type { QuestionTypeAuthoring } from "../module";
import { flashcardDraft, type FlashcardDraft } from "./draft";
import { FlashcardFields } from "./editor";

/** The flashcard type's part of the question editor (kept apart from ./index.tsx: learner pages never load it). */
export const flashcardAuthoring: QuestionTypeAuthoring<FlashcardDraft> = {
  Editor: FlashcardFields,
  draft: flashcardDraft,
};
