import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { deckBasics } from "./deck-basics";
import { CURRICULUM_OWNER_EMAIL } from "./seed-curriculum";
import { isVisibleDeck, STUDYABLE_QUESTION, VISIBLE_DECK, visibleQuestionWhere } from "./visibility";
import { displayRng } from "@/lib/questions/display-order";
import { toPublicQuestion } from "@/lib/questions/redact";
import { QUESTION_TYPES, type QuestionType } from "@/lib/questions/schemas";

export interface DeckSummary {
  id: string;
  slug: string;
  title: string;
  description: string;
  chapter: string | null;
  version: number;
  questionCount: number;
  countsByType: Partial<Record<QuestionType, number>>;
  enrolled: boolean;
  /** One of the decks Layerwise ships (the curriculum), not an instructor's. */
  fromCurriculum: boolean;
}

/** Published decks with live question counts per type and whether this learner studies them. */
export async function listPublishedDecks(userId: string): Promise<DeckSummary[]> {
  const [decks, counts, enrollments] = await Promise.all([
    db.deck.findMany({
      where: VISIBLE_DECK,
      orderBy: [{ chapter: "asc" }, { title: "asc" }],
      include: { owner: { select: { email: true } } },
    }),
    db.question.groupBy({ by: ["deckId", "type"], where: visibleQuestionWhere(), _count: { _all: true } }),
    db.deckEnrollment.findMany({ where: { userId }, select: { deckId: true } }),
  ]);
  const enrolled = new Set(enrollments.map((e) => e.deckId));
  return decks.map((d) => {
    const countsByType: Partial<Record<QuestionType, number>> = {};
    for (const c of counts.filter((c) => c.deckId === d.id)) countsByType[c.type] = c._count._all;
    return {
      ...deckBasics(d),
      questionCount: QUESTION_TYPES.reduce((n, t) => n + (countsByType[t] ?? 0), 0),
      countsByType,
      enrolled: enrolled.has(d.id),
      fromCurriculum: d.owner.email === CURRICULUM_OWNER_EMAIL,
    };
  });
}

/** One published deck (by id or slug) with its questions' public views (no answers). */
export async function getPublishedDeck(userId: string, idOrSlug: string) {
  // The id wins: a deck whose id this is is the one meant, even if another deck's slug (old
  // data, from before slugs were kept from looking like ids) is the same text.
  const include = { questions: { where: STUDYABLE_QUESTION, orderBy: { position: "asc" } } } as const;
  const deck =
    (await db.deck.findUnique({ where: { id: idOrSlug }, include })) ??
    (await db.deck.findUnique({ where: { slug: idOrSlug }, include }));
  if (!deck || !isVisibleDeck(deck)) throw new AppError("NOT_FOUND", "No such published deck.");
  const enrolled = await db.deckEnrollment.findUnique({ where: { userId_deckId: { userId, deckId: deck.id } } });
  return {
    id: deck.id,
    slug: deck.slug,
    title: deck.title,
    description: deck.description,
    chapter: deck.chapter,
    version: deck.version,
    enrolled: !!enrolled,
    // Seeded like the study queue: the same learner sees a question in the same order everywhere.
    questions: deck.questions.map((q) =>
      toPublicQuestion(q, { shuffle: true, rng: displayRng({ userId, questionId: q.id }) }),
    ),
  };
}

export async function setEnrollment(
  userId: string,
  deckId: string,
  enrolled: boolean,
): Promise<{ deckId: string; enrolled: boolean }> {
  const deck = await db.deck.findFirst({ where: { id: deckId, ...VISIBLE_DECK }, select: { id: true } });
  if (!deck) throw new AppError("NOT_FOUND", "No such published deck.");
  if (enrolled)
    await db.deckEnrollment.upsert({
      where: { userId_deckId: { userId, deckId } },
      update: {},
      create: { userId, deckId },
    });
  else await db.deckEnrollment.deleteMany({ where: { userId, deckId } });
  return { deckId, enrolled };
}
