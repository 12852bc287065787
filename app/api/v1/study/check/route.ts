import { handle } from "@/lib/api/handler";
import { reviewMarkdown } from "@/lib/markdown/collect";
import { markdownHtml } from "@/lib/markdown/render";
import { checkAnswerEp } from "@/lib/api/endpoints/study";
import { getVisibleQuestion } from "@/lib/questions/access";
import { gradeAnswer } from "@/lib/questions/grading";
import { toSolution } from "@/lib/questions/redact";
import { assertNotInOpenAttempt } from "@/lib/quiz/open-attempt-guard";

export const POST = handle(checkAnswerEp, async ({ user, body }) => {
  const question = await getVisibleQuestion(body.questionId);
  await assertNotInOpenAttempt(user.id, question.id);
  // No answer is a reveal, self-graded like a flashcard (correct null): only a submitted wrong
  // answer caps the grade at 2, here and in recordReview.
  const result =
    body.answer !== undefined ? gradeAnswer(question, body.answer) : { correct: null, score: 0, feedback: [] };
  const review = { result, solution: toSolution(question), explanation: question.explanation };
  return { ...review, markdown: markdownHtml(reviewMarkdown(review)) };
});
