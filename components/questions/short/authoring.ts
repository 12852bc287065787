import type { QuestionTypeAuthoring } from "../module";
import { shortDraft, type ShortDraft } from "./draft";
import { ShortFields } from "./editor";

/** The short type's part of the question editor (kept apart from ./index.tsx: learner pages never load it). */
export const shortAuthoring: QuestionTypeAuthoring<ShortDraft> = { Editor: ShortFields, draft: shortDraft };
