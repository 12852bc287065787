import { getAuthorQuestionEp, updateQuestionEp } from "@/lib/api/endpoints/authoring";
import { handle } from "@/lib/api/handler";
import { getAuthorQuestion, updateQuestion } from "@/lib/authoring/questions";

export const GET = handle(getAuthorQuestionEp, ({ user, params }) => getAuthorQuestion(user, params.questionId));
export const PATCH = handle(updateQuestionEp, ({ user, params, body }) =>
  updateQuestion(user, params.questionId, body),
);
