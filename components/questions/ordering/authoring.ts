import type { QuestionTypeAuthoring } from "../module";
import { orderingDraft, type OrderingDraft } from "./draft";
import { OrderingFields } from "./editor";

/** The ordering type's part of the question editor (kept apart from ./index.tsx: learner pages never load it). */
export const orderingAuthoring: QuestionTypeAuthoring<OrderingDraft> = { Editor: OrderingFields, draft: orderingDraft };
