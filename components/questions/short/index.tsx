import type { QuestionTypeUi } from "../module";
import { shortDraft, type ShortDraft } from "./draft";
import { ShortFields } from "./editor";
import { ShortInput } from "./input";
import { ShortReview } from "./review";

export const short: QuestionTypeUi<"short", ShortDraft> = {
  Input: ShortInput,
  Review: ({ answer, solution }) => <ShortReview answer={answer} solution={solution} />,
  Editor: ShortFields,
  draft: shortDraft,
};
