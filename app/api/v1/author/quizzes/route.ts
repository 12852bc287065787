import { handle } from "@/lib/api/handler";
import { listAuthoredQuizzesEp } from "@/lib/api/endpoints/quizzes";
import { listAuthoredQuizzes } from "@/lib/quiz/quizzes";

export const GET = handle(listAuthoredQuizzesEp, async ({ user }) => ({ quizzes: await listAuthoredQuizzes(user) }));
