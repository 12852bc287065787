import { handle } from "@/lib/api/handler";
import { listOverridesEp, saveOverrideEp } from "@/lib/api/endpoints/quiz-management";
import { listOverrides, saveOverride } from "@/lib/quiz/overrides";

export const GET = handle(listOverridesEp, async ({ user, params }) => ({
  overrides: await listOverrides(user, params.quizId),
}));
export const PUT = handle(saveOverrideEp, ({ user, params, body }) => saveOverride(user, params.quizId, body));
