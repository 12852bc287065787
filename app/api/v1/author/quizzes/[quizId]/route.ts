import { handle } from "@/lib/api/handler";
import { deleteQuizEp, updateQuizEp } from "@/lib/api/endpoints/quiz-management";
import { deleteQuiz, updateQuiz } from "@/lib/quiz/manage";

export const PATCH = handle(updateQuizEp, ({ user, params, body }) => updateQuiz(user, params.quizId, body));
export const DELETE = handle(deleteQuizEp, ({ user, params }) => deleteQuiz(user, params.quizId));
