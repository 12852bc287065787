import type { QuestionTypeUi } from "../module";
import { clozeDraft, type ClozeDraft } from "./draft";
import { ClozeFields } from "./editor";
import { ClozeInput } from "./input";
import { ClozeReview } from "./review";

export const cloze: QuestionTypeUi<"cloze", ClozeDraft> = {
  Input: ClozeInput,
  Review: ClozeReview,
  Editor: ClozeFields,
  draft: clozeDraft,
};
