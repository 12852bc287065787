import { createQuestionEp } from "@/lib/api/endpoints/authoring";
import { handle } from "@/lib/api/handler";
import { createQuestion } from "@/lib/authoring/questions";

export const POST = handle(createQuestionEp, ({ user, params, body }) => createQuestion(user, params.deckId, body));
