import { handle } from "@/lib/api/handler";
import { deleteOverrideEp } from "@/lib/api/endpoints/quiz-management";
import { deleteOverride } from "@/lib/quiz/overrides";

export const DELETE = handle(deleteOverrideEp, ({ user, params }) =>
  deleteOverride(user, params.quizId, params.userId),
);
