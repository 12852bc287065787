import { handle } from "@/lib/api/handler";
import { getAttemptEp } from "@/lib/api/endpoints/quizzes";
import { getAttemptView } from "@/lib/quiz/attempts";

export const GET = handle(getAttemptEp, ({ user, params }) => getAttemptView(user.id, params.attemptId));
