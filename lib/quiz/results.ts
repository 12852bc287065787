import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { gradeAnswer } from "@/lib/questions/grading";
import { toPublicQuestion, toSolution } from "@/lib/questions/redact";
import type { AttemptItem } from "./attempts";
import { loadAttemptQuestions, loadOwnAttempt } from "./attempts";
import { questionsInOpenAttempts } from "./open-attempt-guard";
import type { StoredQuestion } from "@/lib/questions/types";
import type { AttemptResult } from "./schemas";

/**
 * Feedback on a saved answer against the version the attempt pinned. An answer saved before
 * versions existed may no longer fit the stored content; the result still renders, without it.
 */
function feedbackOf(q: StoredQuestion, answer: unknown): string[] {
  try {
    return gradeAnswer(q, answer).feedback;
  } catch (err) {
    if (err instanceof AppError) return [];
    throw err;
  }
}

/**
 * A finished attempt's results. Right/wrong per question is always shown; the right
 * answers and explanations only as the quiz's policy allows (after each attempt, after
 * the last attempt, or never). Nothing is returned while the attempt is still open, and
 * while another attempt of the learner is open, its questions show only their prompt here
 * (no answer, right/wrong, key or explanation) until it ends; the overall score stays.
 */
export async function getAttemptResult(userId: string, attemptId: string, now = new Date()): Promise<AttemptResult> {
  const attempt = await loadOwnAttempt(userId, attemptId, now);
  if (attempt.status === "IN_PROGRESS") {
    throw new AppError("CONFLICT", "This attempt is still in progress: submit it to see results.", {
      details: { attemptId, status: "IN_PROGRESS" },
    });
  }
  const quiz = attempt.quiz;
  const used = await db.quizAttempt.count({ where: { quizId: quiz.id, userId } });
  const answersShown =
    quiz.showAnswers === "AFTER_EACH_ATTEMPT" ||
    (quiz.showAnswers === "AFTER_LAST_ATTEMPT" && used >= quiz.attemptsAllowed);
  const items = attempt.items as unknown as AttemptItem[];
  const [questions, open] = await Promise.all([loadAttemptQuestions(items), questionsInOpenAttempts(userId, now)]);
  const held = (id: string) => !!open?.questionIds.has(id);
  const responses = new Map((await db.quizResponse.findMany({ where: { attemptId } })).map((r) => [r.questionId, r]));
  const out = items
    .filter((i) => questions.has(i.questionId))
    .map((i) => {
      const q = questions.get(i.questionId)!;
      const question = toPublicQuestion(q, { order: i.order });
      if (held(q.id)) return { question, answer: null, result: null, heldBack: true as const };
      const r = responses.get(i.questionId);
      const feedback = r && answersShown ? feedbackOf(q, r.answer) : [];
      return {
        question,
        answer: r?.answer ?? null,
        result: r
          ? { correct: r.correct, score: r.score ?? 0, feedback }
          : { correct: false, score: 0, feedback: ["Not answered."] },
        ...(answersShown ? { solution: toSolution(q), explanation: q.explanation } : {}),
      };
    });
  const submittedAt = attempt.submittedAt ?? attempt.deadlineAt;
  return {
    id: attempt.id,
    quiz: { id: quiz.id, title: quiz.title, passMarkPercent: quiz.passMarkPercent, deckId: quiz.deckId },
    attemptNumber: attempt.attemptNumber,
    status: attempt.status,
    startedAt: attempt.startedAt.toISOString(),
    submittedAt: submittedAt.toISOString(),
    timeUsedSeconds: Math.max(
      0,
      Math.round((Math.min(submittedAt.getTime(), attempt.deadlineAt.getTime()) - attempt.startedAt.getTime()) / 1000),
    ),
    timedOut: submittedAt.getTime() >= attempt.deadlineAt.getTime(),
    scorePercent: attempt.scorePercent ?? 0,
    passed: attempt.passed ?? false,
    answersShown,
    answersPolicy: quiz.showAnswers,
    missedQuestionIds: out.filter((o) => !held(o.question.id) && (o.result?.score ?? 0) < 1).map((o) => o.question.id),
    heldBack:
      open && out.some((o) => held(o.question.id))
        ? { attemptId: open.attemptId, questionCount: out.filter((o) => held(o.question.id)).length }
        : null,
    items: out,
  };
}
