import { regradeQuizEp } from "@/lib/api/endpoints/regrade";
import { handle } from "@/lib/api/handler";
import { regradeQuiz } from "@/lib/quiz/regrade";

export const POST = handle(regradeQuizEp, ({ user, params, query }) =>
  regradeQuiz(user, params.quizId, { dryRun: query.dryRun }),
);
