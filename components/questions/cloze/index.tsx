import type { QuestionTypeUi } from "../module";
import { clozeDraft, type ClozeDraft } from "./draft";
import { ClozeFields } from "./editor";
import { ClozeInput } from "./input";
import { ClozeReview } from "./review";

export const cloze: QuestionTypeUi<"cloze", ClozeDraft> = {
  Input: ClozeInput,
  Review: ({ view, answer, solution }) => <ClozeReview view={view} answer={answer} solution={solution} />,
  Editor: ClozeFields,
  draft: clozeDraft,
};
