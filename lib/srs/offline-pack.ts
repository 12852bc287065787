import "server-only";
import { toSolution } from "@/lib/questions/redact";
import { currentPublishedQuestions } from "@/lib/questions/versions";
import { questionsInOpenAttempts } from "@/lib/quiz/open-attempt-guard";
import type { OfflinePack } from "./schemas";

/**
 * What "Show answer" on /study would reveal (the solution and explanation, as the check route
 * gives them) for cards of today's queue, so a device can study them offline. Nothing beyond
 * that: cards the learner cannot study are left out, and so is every question of a quiz attempt
 * they have open (the check route refuses those too).
 */
export async function getOfflinePack(
  userId: string,
  questionIds: readonly string[],
  now = new Date(),
): Promise<OfflinePack> {
  const [questions, open] = await Promise.all([
    currentPublishedQuestions([...new Set(questionIds)]),
    questionsInOpenAttempts(userId, now),
  ]);
  const cards = [...questions.values()].filter((q) => !open?.questionIds.has(q.id));
  return {
    cards: cards.map((q) => ({ questionId: q.id, solution: toSolution(q), explanation: q.explanation })),
  };
}
