import "server-only";
import { lagDb } from "@/lib/db/client";
import { editableQuiz, type Actor } from "@/lib/authoring/access";
import { flagsFor, optionCounts, toStatsQuestion, type ChoiceResponse } from "@/lib/authoring/item-stats";
import { finalizeExpired } from "@/lib/quiz/sweep";
import { computeQuizStatistics } from "./compute";
import type { QuizStatisticsDto } from "./schemas";
import { MIN_ATTEMPTS_FOR_FLAGS } from "./thresholds";
import { selectAttempts, type WhichAttempts } from "./which-attempts";

/** Every question scores 0..1 in Layerwise (QuizResponse.score), so each has a max mark of 1. */
const MAX_MARK = 1;

/** The question ids an attempt drew, in the order it showed them (its items snapshot). */
export function drawnQuestionIds(items: unknown): string[] {
  if (!Array.isArray(items)) return [];
  return items
    .map((i) => (i as { questionId?: unknown } | null)?.questionId)
    .filter((id): id is string => typeof id === "string");
}

/**
 * Moodle's quiz statistics for a quiz, for its deck's owner or an admin (others: the answers of
 * lib/authoring/access.ts). Finished (submitted or expired) attempts only, as Moodle's report
 * uses finished ones; an unanswered drawn question scores 0.
 */
export async function getQuizStatistics(
  actor: Actor,
  quizId: string,
  which: WhichAttempts,
  now = new Date(),
): Promise<QuizStatisticsDto> {
  const quiz = await editableQuiz(actor, quizId);
  await finalizeExpired({ quizId }, now);
  const rows = await lagDb.quizAttempt.findMany({
    where: { quizId, status: { in: ["SUBMITTED", "EXPIRED"] } },
    orderBy: [{ userId: "asc" }, { attemptNumber: "asc" }],
    select: {
      userId: true,
      attemptNumber: true,
      items: true,
      responses: { select: { questionId: true, score: true, correct: true, answer: true } },
    },
  });
  const finished = rows.map((a) => {
    const order = drawnQuestionIds(a.items);
    const marks = new Map(order.map((id) => [id, 0]));
    for (const r of a.responses) if (marks.has(r.questionId)) marks.set(r.questionId, r.score ?? (r.correct ? 1 : 0));
    const total = [...marks.values()].reduce((x, y) => x + y, 0);
    return { userId: a.userId, attemptNumber: a.attemptNumber, total, order, marks, responses: a.responses };
  });
  const chosen = selectAttempts(finished, which);
  const drawn = new Set(chosen.flatMap((a) => a.order));
  const questions = await lagDb.question.findMany({
    where: { id: { in: [...drawn] } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  const column = new Map(questions.map((q, j) => [q.id, j]));
  const stats = computeQuizStatistics({
    maxMarks: questions.map(() => MAX_MARK),
    rows: chosen.map((a) => ({
      marks: questions.map((q) => a.marks.get(q.id) ?? null),
      order: a.order.filter((id) => column.has(id)).map((id) => column.get(id)!),
    })),
  });
  const responses: ChoiceResponse[] = chosen.flatMap((a) =>
    a.responses.filter((r) => a.marks.has(r.questionId)).map((r) => ({ questionId: r.questionId, answer: r.answer })),
  );
  const { items, ...test } = stats;
  return {
    quiz: { id: quiz.id, title: quiz.title },
    whichAttempts: which,
    minAttemptsForFlags: MIN_ATTEMPTS_FOR_FLAGS,
    test: {
      attempts: test.n,
      maxTotal: test.maxTotal,
      mean: test.mean,
      median: test.median,
      standardDeviation: test.standardDeviation,
      skewness: test.skewness,
      kurtosis: test.kurtosis,
      cic: test.cic,
      errorRatio: test.errorRatio,
      standardError: test.standardError,
      slots: test.slots,
      slotBasis: test.slotBasis,
    },
    items: questions.map((q, j) => {
      const it = items[j];
      return {
        questionId: q.id,
        position: q.position,
        type: q.type,
        prompt: q.prompt,
        archived: !!q.archivedAt,
        attempts: it.n,
        maxMark: it.maxMark,
        facility: it.facility,
        sd: it.sd,
        discriminationIndex: it.discriminationIndex,
        discriminativeEfficiency: it.discriminativeEfficiency,
        options: optionCounts(toStatsQuestion(q), responses),
        enoughAttempts: it.n >= MIN_ATTEMPTS_FOR_FLAGS,
        flags: flagsFor(it.facility, it.discriminationIndex, it.n),
      };
    }),
  };
}
