import type { QuestionTypeAuthoring } from "../module";
import { choiceDraft, type ChoiceDraft } from "../choice/draft";
import { ChoiceFields } from "../choice/editor";

/** The single type's part of the question editor (kept apart from ./index.tsx: learner pages never load it). */
export const singleAuthoring: QuestionTypeAuthoring<ChoiceDraft> = { Editor: ChoiceFields, draft: choiceDraft };
