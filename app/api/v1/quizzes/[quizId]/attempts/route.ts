import { handle } from "@/lib/api/handler";
import { listQuizAttemptsEp, startAttemptEp } from "@/lib/api/endpoints/quizzes";
import { startAttempt } from "@/lib/quiz/attempts";
import { listQuizAttempts } from "@/lib/quiz/quizzes";

export const GET = handle(listQuizAttemptsEp, ({ user, params }) => listQuizAttempts(user, params.quizId));
export const POST = handle(startAttemptEp, ({ user, params }) => startAttempt(user.id, params.quizId));
