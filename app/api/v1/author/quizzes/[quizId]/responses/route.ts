import { quizResponsesCsvEp } from "@/lib/api/endpoints/quiz-statistics";
import { handle } from "@/lib/api/handler";
import { streamResponsesCsv } from "@/lib/quiz/statistics/responses-csv";

export const GET = handle(quizResponsesCsvEp, async ({ user, params }) => {
  const { filename, stream } = await streamResponsesCsv(user, params.quizId);
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
});
