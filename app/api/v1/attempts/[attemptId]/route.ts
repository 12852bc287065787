import { handle } from "@/lib/api/handler";
import { getAttemptEp, updateAttemptProgressEp } from "@/lib/api/endpoints/quizzes";
import { getAttemptView } from "@/lib/quiz/attempts";
import { updateAttemptProgress } from "@/lib/quiz/progress";

export const GET = handle(getAttemptEp, ({ user, params }) => getAttemptView(user.id, params.attemptId));

export const PATCH = handle(updateAttemptProgressEp, ({ user, params, body }) =>
  updateAttemptProgress(user.id, params.attemptId, body),
);
