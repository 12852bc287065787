/**
 * One page of a deck's questions for its editor. A 10,000-question deck rendered whole was
 * 27 MB of HTML; a page is AUTHOR_PAGE_SIZE questions in the editor's order (live questions by
 * position, then archived ones), read from the database a page at a time.
 */
import "server-only";
import { db } from "@/lib/db/client";
import { editableDeck, type Actor } from "./access";
import { summaryOf, toAuthorQuestionDtos } from "./decks";
import type { AuthorDeckSummaryDto, AuthorQuestionDto } from "./schemas";

export const AUTHOR_PAGE_SIZE = 100;

export interface AuthorDeckPage extends AuthorDeckSummaryDto {
  /** This page's questions: live ones in order, then (on the last pages) archived ones. */
  questions: AuthorQuestionDto[];
  /** 1-based; a page past the end is clamped to the last one. */
  page: number;
  pageSize: number;
  pageCount: number;
  /** Every question of the deck, live and archived. */
  total: number;
  /** Index among the deck's live questions of this page's first one: the `offset` of a reorder of this page. */
  liveOffset: number;
}

const ORDER = [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }] as const;

export async function getAuthorDeckPage(
  actor: Actor,
  deckId: string,
  page: number,
  pageSize = AUTHOR_PAGE_SIZE,
): Promise<AuthorDeckPage> {
  await editableDeck(actor, deckId);
  const summary = await summaryOf(deckId);
  const live = summary.questionCount;
  const total = live + summary.archivedQuestionCount;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  const offset = (current - 1) * pageSize;
  const liveRows =
    offset < live
      ? await db.question.findMany({
          where: { deckId, archivedAt: null },
          orderBy: [...ORDER],
          skip: offset,
          take: pageSize,
        })
      : [];
  const rest = pageSize - liveRows.length;
  const archivedRows =
    rest > 0 && summary.archivedQuestionCount > 0
      ? await db.question.findMany({
          where: { deckId, archivedAt: { not: null } },
          orderBy: [...ORDER],
          skip: Math.max(0, offset - live),
          take: rest,
        })
      : [];
  return {
    ...summary,
    questions: await toAuthorQuestionDtos([...liveRows, ...archivedRows]),
    page: current,
    pageSize,
    pageCount,
    total,
    liveOffset: Math.min(offset, live),
  };
}
