import { quizStatisticsEp } from "@/lib/api/endpoints/quiz-statistics";
import { handle } from "@/lib/api/handler";
import { getQuizStatistics } from "@/lib/quiz/statistics/load";

export const GET = handle(quizStatisticsEp, ({ user, params, query }) =>
  getQuizStatistics(user, params.quizId, query.attempts),
);
