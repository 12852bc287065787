import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { gradeAnswer } from "@/lib/questions/grading";
import { questionMarkdown, reviewMarkdown } from "@/lib/markdown/collect";
import { markdownHtml } from "@/lib/markdown/render";
import { toPublicQuestion, toSolution } from "@/lib/questions/redact";
import type { AttemptItem } from "./attempts";
import { loadAttemptQuestions, loadOwnAttempt } from "./attempts";
import { questionsInOpenAttempts } from "./open-attempt-guard";
import type { StoredQuestion } from "@/lib/questions/types";
import { readReviewOptions, reviewVisibility } from "./review-options";
import { closedFor, effectiveRules } from "./rules";
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
 * A finished attempt's results, revealing exactly the cells of the quiz's review options for
 * the time it is now (lib/quiz/review-options.ts): the score (with pass/fail and right/wrong per
 * question), the right answers, the explanations — what is hidden is never sent. Nothing is returned while the attempt is still open, and
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
  const [used, override] = await Promise.all([
    db.quizAttempt.count({ where: { quizId: quiz.id, userId } }),
    db.quizOverride.findUnique({ where: { quizId_userId: { quizId: quiz.id, userId } } }),
  ]);
  const closed = closedFor(effectiveRules(quiz, override, now, used), now);
  const review = reviewVisibility(readReviewOptions(quiz.reviewOptions), {
    submittedAt: attempt.submittedAt ?? attempt.deadlineAt,
    closed,
    now,
  });
  const answersShown = review.answers;
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
        result: !review.marks
          ? null
          : r
            ? { correct: r.correct, score: r.score ?? 0, feedback }
            : { correct: false, score: 0, feedback: ["Not answered."] },
        ...(answersShown ? { solution: toSolution(q) } : {}),
        ...(review.explanations ? { explanation: q.explanation } : {}),
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
    scorePercent: review.marks ? (attempt.scorePercent ?? 0) : null,
    passed: review.marks ? (attempt.passed ?? false) : null,
    answersShown,
    review,
    missedQuestionIds: review.marks
      ? out.filter((o) => !held(o.question.id) && (o.result?.score ?? 0) < 1).map((o) => o.question.id)
      : [],
    heldBack:
      open && out.some((o) => held(o.question.id))
        ? { attemptId: open.attemptId, questionCount: out.filter((o) => held(o.question.id)).length }
        : null,
    items: out,
    // From what the items carry, after the review options and held-back questions took their share out.
    markdown: markdownHtml(out.flatMap((o) => [...questionMarkdown(o.question), ...reviewMarkdown(o)])),
  };
}
