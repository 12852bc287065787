import "server-only";
import { AppError } from "@/lib/errors";
import type { StoredQuestion } from "./types";
import { currentPublishedQuestions } from "./versions";

/** Learners see live questions of published, unarchived decks, as published; anything else is a 404. */
export async function getVisibleQuestion(
  questionId: string,
): Promise<StoredQuestion & { deckId: string; version: number }> {
  const q = (await currentPublishedQuestions([questionId])).get(questionId);
  if (!q) throw new AppError("NOT_FOUND", "No such card, or it is not in a deck you can study.");
  return q;
}
