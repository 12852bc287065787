import crypto from "node:crypto";
import { e2eDb } from "./helpers";

export const ALL_TYPES = [
  "single",
  "multiple",
  "truefalse",
  "short",
  "numeric",
  "matching",
  "ordering",
  "cloze",
  "flashcard",
] as const;
export type StudyType = (typeof ALL_TYPES)[number];

/**
 * A published deck with one question of each of `types`, copied from the seeded curriculum
 * (the longest of its type, the hardest to fit on a screen), and only it enrolled for the
 * user: the study queue then holds exactly these cards, all new.
 */
export async function enrollTypesDeck(userId: string, types: readonly StudyType[] = ALL_TYPES): Promise<string> {
  const db = e2eDb();
  const deckId = `e2edeck${crypto.randomBytes(6).toString("hex")}`;
  await db.query(
    `INSERT INTO "Deck" (id, slug, title, "ownerId", status, "updatedAt")
     SELECT $1, $1, 'One of each type', "ownerId", 'PUBLISHED', now() FROM "Deck" WHERE status = 'PUBLISHED' LIMIT 1`,
    [deckId],
  );
  const copied = await db.query(
    `INSERT INTO "Question" (id, "deckId", type, prompt, explanation, payload, section, position, "updatedAt")
     SELECT $1 || '-' || type, $1, type, prompt, explanation, payload, section, array_position($2::text[], type::text), now()
     FROM (SELECT DISTINCT ON (q.type) q.* FROM "Question" q JOIN "Deck" d ON d.id = q."deckId"
           WHERE d.status = 'PUBLISHED' AND q."archivedAt" IS NULL AND q.type::text = ANY($2::text[])
           ORDER BY q.type, length(q.prompt) + length(q.explanation) + length(q.payload::text) DESC) x`,
    [deckId, types],
  );
  if (copied.rowCount !== types.length) throw new Error(`the seed lacks a question of some of ${types.join(", ")}`);
  await db.query(`INSERT INTO "DeckEnrollment" ("userId", "deckId") VALUES ($1, $2)`, [userId, deckId]);
  return deckId;
}
