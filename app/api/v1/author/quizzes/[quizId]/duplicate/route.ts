import { handle } from "@/lib/api/handler";
import { duplicateQuizEp } from "@/lib/api/endpoints/quiz-management";
import { duplicateQuiz } from "@/lib/quiz/manage";

export const POST = handle(duplicateQuizEp, ({ user, params }) => duplicateQuiz(user, params.quizId));
