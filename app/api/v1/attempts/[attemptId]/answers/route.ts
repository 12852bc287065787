import { handle } from "@/lib/api/handler";
import { saveAnswerEp } from "@/lib/api/endpoints/quizzes";
import { saveAnswer } from "@/lib/quiz/attempts";

export const PUT = handle(saveAnswerEp, ({ user, params, body }) => saveAnswer(user.id, params.attemptId, body));
