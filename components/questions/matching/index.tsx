import type { QuestionTypeUi } from "../module";
import { matchingDraft, type MatchingDraft } from "./draft";
import { MatchingFields } from "./editor";
import { MatchingInput } from "./input";
import { MatchingReview } from "./review";

export const matching: QuestionTypeUi<"matching", MatchingDraft> = {
  Input: MatchingInput,
  Review: MatchingReview,
  Editor: MatchingFields,
  draft: matchingDraft,
};
