import { handle } from "@/lib/api/handler";
import { getResultEp } from "@/lib/api/endpoints/quizzes";
import { getAttemptResult } from "@/lib/quiz/results";

export const GET = handle(getResultEp, ({ user, params }) => getAttemptResult(user.id, params.attemptId));
