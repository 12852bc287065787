import { z } from "zod";
import { quizStatisticsQuerySchema, quizStatisticsSchema } from "@/lib/quiz/statistics/schemas";
import { endpointGroup, idParams } from "../endpoint";

/**
 * Quiz statistics and the responses export, for the quiz deck's owner and admins: learners get
 * 403, another instructor 404 or 403 as for the deck (lib/authoring/access.ts editableQuiz).
 */
const onAuthoredQuiz = endpointGroup({
  tag: "Authoring",
  access: "instructor",
  params: idParams("quizId"),
  errors: [404],
});

export const quizStatisticsEp = onAuthoredQuiz({
  method: "GET",
  path: "/api/v1/author/quizzes/{quizId}/statistics",
  summary:
    "Moodle's quiz statistics: test mean, median, SD, skewness, kurtosis, CIC, error ratio, SE; per question facility, SD, discrimination index and efficiency, option counts",
  query: quizStatisticsQuerySchema,
  response: quizStatisticsSchema,
});

export const quizResponsesCsvEp = onAuthoredQuiz({
  method: "GET",
  path: "/api/v1/author/quizzes/{quizId}/responses",
  summary: "Every saved response of the quiz as a streamed CSV file (text/csv, one row per response)",
  response: z.string().meta({ description: "text/csv; charset=utf-8, UTF-8 with BOM, CRLF line ends" }),
});
