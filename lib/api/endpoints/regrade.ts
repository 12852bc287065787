import { regradeQuerySchema, regradeReportSchema } from "@/lib/quiz/regrade-schemas";
import { endpointGroup, idParams } from "../endpoint";

const onQuiz = endpointGroup({ tag: "Quizzes", access: "instructor", params: idParams("quizId"), errors: [403, 404] });

export const regradeQuizEp = onQuiz({
  method: "POST",
  path: "/api/v1/quizzes/{quizId}/regrade",
  summary:
    "Regrade every finished attempt against the newest published version of each question (instructors). dryRun=1 lists each attempt's old and new score without writing; without it the new scores are written in one transaction (idempotent)",
  query: regradeQuerySchema,
  response: regradeReportSchema,
});
