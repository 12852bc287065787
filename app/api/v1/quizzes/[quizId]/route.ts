import { handle } from "@/lib/api/handler";
import { getQuizEp } from "@/lib/api/endpoints/quizzes";
import { getQuiz } from "@/lib/quiz/quizzes";

export const GET = handle(getQuizEp, ({ user, params }) => getQuiz(user.id, params.quizId));
