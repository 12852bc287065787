import type { QuestionTypeAuthoring } from "../module";
import { numericDraft, type NumericDraft } from "./draft";
import { NumericFields } from "./editor";

/** The numeric type's part of the question editor (kept apart from ./index.tsx: learner pages never load it). */
export const numericAuthoring: QuestionTypeAuthoring<NumericDraft> = { Editor: NumericFields, draft: numericDraft };
