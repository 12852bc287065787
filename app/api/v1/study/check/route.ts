import { handle } from "@/lib/api/handler";
import { checkAnswerEp } from "@/lib/api/endpoints/study";
import { getVisibleQuestion } from "@/lib/questions/access";
import { gradeAnswer } from "@/lib/questions/grading";
import { toSolution } from "@/lib/questions/redact";
import { assertNotInOpenAttempt } from "@/lib/quiz/open-attempt-guard";

export const POST = handle(checkAnswerEp, async ({ user, body }) => {
  const question = await getVisibleQuestion(body.questionId);
  await assertNotInOpenAttempt(user.id, question.id);
  const result =
    body.answer !== undefined
      ? gradeAnswer(question, body.answer)
      : {
          correct: question.type === "flashcard" ? null : false,
          score: 0,
          feedback: question.type === "flashcard" ? [] : ["Revealed without answering."],
        };
  return { result, solution: toSolution(question), explanation: question.explanation };
});
