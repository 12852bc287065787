/**
 * "Visible to learners", in one place: a deck is visible when it is published and not
 * archived; a question when it is not archived and its deck is visible; a learner studies
 * (queue, progress) only the visible questions of decks they are enrolled in. A quiz is live
 * when it is not archived and its deck is visible. Prisma queries use the `where` builders;
 * raw SQL uses the fragments, whose aliases are fixed: `q` for "Question", `d` for "Deck".
 * A quiz-only question is visible to learners only inside a quiz attempt: never studied,
 * previewed or checked, so a quiz that never shows answers really keeps its key.
 * A question an author added to a published deck (publishedAt null) is visible nowhere until
 * the deck's next publish, so learners see it together with the deck's other drafts.
 */
import { Prisma } from "@/lib/db/generated/client";

export const VISIBLE_DECK = { status: "PUBLISHED", archivedAt: null } as const;

export function isVisibleDeck(deck: { status: string; archivedAt: Date | null }): boolean {
  return deck.status === VISIBLE_DECK.status && !deck.archivedAt;
}

/** A question's own half of "live": not archived, and published with its deck. */
const LIVE_QUESTION = { archivedAt: null, publishedAt: { not: null } } as const;

/** A question's own half of "studyable": live and not quiz-only (its deck is checked apart). */
export const STUDYABLE_QUESTION = { ...LIVE_QUESTION, quizOnly: false } as const;

/** Questions learners can study and preview; with a userId, only in decks that learner is enrolled in. */
export function visibleQuestionWhere(userId?: string) {
  return {
    ...STUDYABLE_QUESTION,
    deck: userId ? { ...VISIBLE_DECK, enrollments: { some: { userId } } } : VISIBLE_DECK,
  } as const;
}

/** Questions a live quiz may draw: the visible ones and the quiz-only ones. */
export function quizQuestionWhere() {
  return { ...LIVE_QUESTION, deck: VISIBLE_DECK } as const;
}

export const LIVE_QUIZ = { archivedAt: null, deck: VISIBLE_DECK } as const;

/** SQL: deck `d` is visible. */
export const VISIBLE_DECK_SQL = Prisma.sql`d.status = 'PUBLISHED' AND d."archivedAt" IS NULL`;

/** SQL: question `q` is one a live quiz may draw (quizQuestionWhere): live, quiz-only or not, and its deck `d` is visible. */
export const QUIZ_QUESTION_SQL = Prisma.sql`q."archivedAt" IS NULL AND q."publishedAt" IS NOT NULL AND ${VISIBLE_DECK_SQL}`;

/** SQL: question `q` is live, studyable (not quiz-only) and its deck `d` (joined on q."deckId") is visible. */
export const VISIBLE_QUESTION_SQL = Prisma.sql`q."archivedAt" IS NULL AND q."publishedAt" IS NOT NULL AND NOT q."quizOnly" AND ${VISIBLE_DECK_SQL}`;
