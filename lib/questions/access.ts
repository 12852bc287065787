import "server-only";
import { db } from "@/lib/db/client";
import { visibleQuestionWhere } from "@/lib/decks/visibility";
import { AppError } from "@/lib/errors";
import type { StoredQuestion } from "./types";

/** Learners see live questions of published, unarchived decks; anything else is a 404. */
export async function getVisibleQuestion(questionId: string): Promise<StoredQuestion & { deckId: string }> {
  const q = await db.question.findFirst({
    where: { id: questionId, ...visibleQuestionWhere() },
    select: { id: true, type: true, prompt: true, explanation: true, section: true, payload: true, deckId: true },
  });
  if (!q) throw new AppError("NOT_FOUND", "No such card, or it is not in a deck you can study.");
  return q;
}
