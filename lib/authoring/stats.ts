import "server-only";
import { db } from "@/lib/db/client";
import { editableDeck, type Actor } from "./access";
import { computeItemStats, toStatsQuestion, type AttemptScores, type ChoiceResponse } from "./item-stats";
import type { DeckStatsDto } from "./schemas";

/** The questions an attempt drew, from its snapshot ([{ questionId, … }]). */
function drawnIds(items: unknown): string[] {
  if (!Array.isArray(items)) return [];
  return items
    .map((i) => (i as { questionId?: unknown } | null)?.questionId)
    .filter((id): id is string => typeof id === "string");
}

/** Loads the deck's finished attempts and scheduled reviews and computes per-question statistics. */
export async function getDeckStats(actor: Actor, deckId: string): Promise<DeckStatsDto> {
  await editableDeck(actor, deckId);
  const [questions, attemptRows, reviews] = await Promise.all([
    db.question.findMany({ where: { deckId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] }),
    db.quizAttempt.findMany({
      where: { quiz: { deckId }, status: { in: ["SUBMITTED", "EXPIRED"] } },
      select: {
        id: true,
        items: true,
        responses: { select: { questionId: true, score: true, correct: true, answer: true } },
      },
    }),
    db.reviewLog.findMany({
      where: { question: { deckId }, drill: false, undoneAt: null },
      select: { questionId: true, grade: true, before: true },
    }),
  ]);
  const inDeck = new Set(questions.map((q) => q.id));
  const attempts: AttemptScores[] = [];
  const responses: ChoiceResponse[] = [];
  for (const a of attemptRows) {
    const scores: Record<string, number> = {};
    // Every drawn question counts, answered or not (unanswered scores 0), as in Moodle.
    for (const id of drawnIds(a.items)) if (inDeck.has(id)) scores[id] = 0;
    for (const r of a.responses) {
      if (!inDeck.has(r.questionId)) continue;
      scores[r.questionId] = r.score ?? (r.correct ? 1 : 0);
      responses.push({ questionId: r.questionId, answer: r.answer });
    }
    if (Object.keys(scores).length) attempts.push({ id: a.id, scores });
  }
  const live = [...questions.filter((q) => !q.archivedAt), ...questions.filter((q) => q.archivedAt)];
  const items = computeItemStats({
    questions: live.map(toStatsQuestion),
    attempts,
    responses,
    reviews,
  });
  return { deckId, attempts: attempts.length, items };
}
