import { reorderQuestionsEp } from "@/lib/api/endpoints/authoring";
import { handle } from "@/lib/api/handler";
import { reorderQuestions } from "@/lib/authoring/questions";

export const PUT = handle(reorderQuestionsEp, async ({ user, params, body }) => ({
  questions: await reorderQuestions(user, params.deckId, body),
}));
