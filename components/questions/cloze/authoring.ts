import type { QuestionTypeAuthoring } from "../module";
import { clozeDraft, type ClozeDraft } from "./draft";
import { ClozeFields } from "./editor";

/** The cloze type's part of the question editor (kept apart from ./index.tsx: learner pages never load it). */
export const clozeAuthoring: QuestionTypeAuthoring<ClozeDraft> = { Editor: ClozeFields, draft: clozeDraft };
