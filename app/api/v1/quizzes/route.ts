import { handle } from "@/lib/api/handler";
import { createQuizEp, listQuizzesEp } from "@/lib/api/endpoints/quizzes";
import { createQuiz, listQuizzes } from "@/lib/quiz/quizzes";

export const GET = handle(listQuizzesEp, async ({ user }) => ({ quizzes: await listQuizzes(user.id) }));
export const POST = handle(createQuizEp, ({ user, body }) => createQuiz(user, body));
