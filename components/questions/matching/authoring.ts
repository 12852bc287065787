import type { QuestionTypeAuthoring } from "../module";
import { matchingDraft, type MatchingDraft } from "./draft";
import { MatchingFields } from "./editor";

/** The matching type's part of the question editor (kept apart from ./index.tsx: learner pages never load it). */
export const matchingAuthoring: QuestionTypeAuthoring<MatchingDraft> = { Editor: MatchingFields, draft: matchingDraft };
