/** A deck's tags for its editor: the tag filter and the quiz form's pool suggestions. */
import "server-only";
import { db } from "@/lib/db/client";
import { editableDeck, type Actor } from "./access";
import { toAuthorQuestionDtos } from "./decks";
import type { AuthorQuestionDto } from "./schemas";

/** Enough for any real filter; the editor says when a tag has more. */
export const TAG_FILTER_LIMIT = 500;

/** Each tag on the deck's live questions, with how many carry it. */
export async function getDeckTags(actor: Actor, deckId: string): Promise<{ tag: string; count: number }[]> {
  await editableDeck(actor, deckId);
  return db.$queryRaw<{ tag: string; count: number }[]>`
    SELECT t AS tag, count(*)::int AS count
    FROM "Question" q, unnest(q.tags) AS t
    WHERE q."deckId" = ${deckId} AND q."archivedAt" IS NULL
    GROUP BY t ORDER BY t`;
}

/** The deck's questions carrying `tag` (live by position, then archived), at most TAG_FILTER_LIMIT. */
export async function listTaggedQuestions(actor: Actor, deckId: string, tag: string): Promise<AuthorQuestionDto[]> {
  await editableDeck(actor, deckId);
  const rows = await db.question.findMany({
    where: { deckId, tags: { has: tag } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    take: TAG_FILTER_LIMIT,
  });
  return (await toAuthorQuestionDtos(rows)).sort((a, b) => Number(a.archived) - Number(b.archived));
}
