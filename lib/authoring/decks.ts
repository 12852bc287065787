/**
 * Deck authoring: list, create, edit, publish/unpublish, archive/unarchive. Authorization as
 * documented in ./access.ts.
 */
import "server-only";
import { db, type Tx } from "@/lib/db/client";
import type { Deck, Question, QuestionVersion } from "@/lib/db/generated/client";
import { isUniqueViolation } from "@/lib/errors";
import { AppError } from "@/lib/errors";
import { deckBasics } from "@/lib/decks/deck-basics";
import { pick, recordAudit } from "@/lib/audit/record";
import { deckAudit, deckFields } from "@/lib/audit/targets";
import { assertAuthor, editableDeck, editableDecksWhere, type Actor } from "./access";
import {
  countPendingDrafts,
  draftsFor,
  foldDrafts,
  isNewInPublishedDeck,
  pendingDraftsByDeck,
  publishDrafts,
} from "./versions";
import { lockDeck } from "./positions";
import {
  deckCreateSchema,
  deckUpdateSchema,
  looksLikeDeckId,
  type AuthorDeckDto,
  type AuthorDeckSummaryDto,
  type AuthorQuestionDto,
  type DeckCreateInput,
  type DeckUpdateInput,
} from "./schemas";

type Owner = { id: string; email: string; name: string | null };

/**
 * Authors see their working copy: a pending draft over the published content. A question
 * added to a published deck since its last publish is unpublished too (`deckPublished`).
 */
export function toAuthorQuestionDto(
  q: Question,
  draft: QuestionVersion | null = null,
  deckPublished = false,
): AuthorQuestionDto {
  const c = draft ?? q;
  return {
    id: q.id,
    deckId: q.deckId,
    type: c.type,
    prompt: c.prompt,
    explanation: c.explanation,
    section: c.section,
    payload: c.payload,
    position: q.position,
    archived: !!q.archivedAt,
    tags: q.tags,
    quizOnly: q.quizOnly,
    updatedAt: q.updatedAt.toISOString(),
    version: q.version,
    unpublished: !!draft || isNewInPublishedDeck(q, deckPublished),
  };
}

/** DTOs of the rows, each with its pending draft. */
export async function toAuthorQuestionDtos(rows: Question[]): Promise<AuthorQuestionDto[]> {
  const deckIds = [...new Set(rows.filter((q) => q.publishedAt === null).map((q) => q.deckId))];
  const [drafts, published] = await Promise.all([
    draftsFor(rows),
    deckIds.length
      ? db.deck.findMany({ where: { id: { in: deckIds }, status: "PUBLISHED" }, select: { id: true } })
      : [],
  ]);
  const publishedIds = new Set(published.map((d) => d.id));
  return rows.map((q) => toAuthorQuestionDto(q, drafts.get(q.id) ?? null, publishedIds.has(q.deckId)));
}

function toSummary(
  d: Deck & { owner: Owner },
  live: number,
  archived: number,
  pendingDrafts: number,
): AuthorDeckSummaryDto {
  return {
    ...deckBasics(d),
    status: d.status,
    archived: !!d.archivedAt,
    questionCount: live,
    archivedQuestionCount: archived,
    owner: { id: d.owner.id, email: d.owner.email, name: d.owner.name },
    updatedAt: d.updatedAt.toISOString(),
    pendingDrafts,
  };
}

const OWNER = { select: { id: true, email: true, name: true } } as const;

export async function summaryOf(deckId: string): Promise<AuthorDeckSummaryDto> {
  const d = await db.deck.findUniqueOrThrow({ where: { id: deckId }, include: { owner: OWNER } });
  const [live, archived, pending] = await Promise.all([
    db.question.count({ where: { deckId, archivedAt: null } }),
    db.question.count({ where: { deckId, archivedAt: { not: null } } }),
    countPendingDrafts(deckId),
  ]);
  return toSummary(d, live, archived, pending);
}

/** The actor's decks (an admin's: everyone's), unarchived first, newest edits first. */
export async function listMyDecks(actor: Actor): Promise<AuthorDeckSummaryDto[]> {
  assertAuthor(actor);
  const where = editableDecksWhere(actor);
  const [decks, counts] = await Promise.all([
    db.deck.findMany({ where, include: { owner: OWNER }, orderBy: [{ updatedAt: "desc" }] }),
    db.question.groupBy({ by: ["deckId"], where: { deck: where, archivedAt: null }, _count: { _all: true } }),
  ]);
  const total = await db.question.groupBy({ by: ["deckId"], where: { deck: where }, _count: { _all: true } });
  const pending = await pendingDraftsByDeck(decks.map((d) => d.id));
  const liveBy = new Map(counts.map((c) => [c.deckId, c._count._all]));
  const totalBy = new Map(total.map((c) => [c.deckId, c._count._all]));
  return decks
    .map((d) =>
      toSummary(d, liveBy.get(d.id) ?? 0, (totalBy.get(d.id) ?? 0) - (liveBy.get(d.id) ?? 0), pending.get(d.id) ?? 0),
    )
    .sort((a, b) => Number(a.archived) - Number(b.archived));
}

/** A deck with every question (archived ones flagged), in order. */
export async function getAuthorDeck(actor: Actor, deckId: string): Promise<AuthorDeckDto> {
  await editableDeck(actor, deckId);
  const [summary, questions] = await Promise.all([
    summaryOf(deckId),
    db.question.findMany({ where: { deckId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] }),
  ]);
  // Live questions in their order first; archived ones after, so positions read 1..n.
  const ordered = [...questions.filter((q) => !q.archivedAt), ...questions.filter((q) => q.archivedAt)];
  return { ...summary, questions: await toAuthorQuestionDtos(ordered) };
}

export function slugify(title: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return base.length >= 3 && !looksLikeDeckId(base) ? base : `deck${base ? `-${base}` : ""}`;
}

/** A slug must never name another deck by its id (decks are looked up by id or slug). */
async function assertSlugIsNotAnId(slug: string, deckId?: string): Promise<void> {
  if (looksLikeDeckId(slug)) {
    throw new AppError("BAD_REQUEST", `The slug "${slug}" looks like a deck id; choose another.`, {
      fields: { slug: ["This slug looks like a deck id"] },
    });
  }
  const other = await db.deck.findFirst({
    where: { id: slug, ...(deckId ? { NOT: { id: deckId } } : {}) },
    select: { id: true },
  });
  if (other)
    throw new AppError("CONFLICT", `The slug "${slug}" is another deck's id; choose another.`, {
      fields: { slug: ["This slug is another deck's id"] },
    });
}

/** The first free slug among base, base-2, base-3, … */
export async function freeSlug(base: string, client: Tx | typeof db = db): Promise<string> {
  const taken = new Set(
    (await client.deck.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((d) => d.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Creates a draft deck owned by the actor, with a unique slug from the title (or the given one). */
export async function createDeck(
  actor: Actor,
  input: DeckCreateInput,
  opts: { slug?: string } = {},
): Promise<AuthorDeckSummaryDto> {
  assertAuthor(actor);
  const data = deckCreateSchema.parse(input);
  if (opts.slug) await assertSlugIsNotAnId(opts.slug);
  const base = opts.slug ?? slugify(data.title);
  // Two authors creating "Docker images" at once may pick the same free slug: retry on the unique index.
  for (let attempt = 0; ; attempt++) {
    const slug = opts.slug ?? (await freeSlug(base));
    try {
      const deck = await db.$transaction(async (tx) => {
        const row = await tx.deck.create({
          data: {
            slug,
            title: data.title,
            description: data.description,
            chapter: data.chapter ?? null,
            ownerId: actor.id,
            status: "DRAFT",
          },
        });
        await recordAudit(tx, { ...deckAudit(actor, row.id, "deck.create"), after: deckFields(row) });
        return row;
      });
      return await summaryOf(deck.id);
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      if (opts.slug || attempt >= 4)
        throw new AppError("CONFLICT", `The slug "${slug}" is taken.`, { fields: { slug: ["This slug is taken"] } });
    }
  }
}

export async function updateDeck(actor: Actor, deckId: string, input: DeckUpdateInput): Promise<AuthorDeckSummaryDto> {
  await editableDeck(actor, deckId);
  const data = deckUpdateSchema.parse(input);
  if (data.slug) await assertSlugIsNotAnId(data.slug, deckId);
  try {
    await db.$transaction(async (tx) => {
      const before = await tx.deck.findUniqueOrThrow({ where: { id: deckId } });
      const after = await tx.deck.update({ where: { id: deckId }, data });
      const keys = Object.keys(data).filter((k) => data[k as keyof typeof data] !== undefined);
      const audit = deckAudit(actor, deckId, "deck.update");
      await recordAudit(tx, { ...audit, before: pick(before, keys), after: pick(after, keys) });
    });
  } catch (err) {
    if (isUniqueViolation(err))
      throw new AppError("CONFLICT", `The slug "${data.slug}" is taken.`, { fields: { slug: ["This slug is taken"] } });
    throw err;
  }
  return summaryOf(deckId);
}

/**
 * Publishing makes the deck visible to learners and bumps its version, every time: a draft's
 * first publication, a re-publication after unpublishing to edit, and "publish a new version"
 * of a deck that stays published while it is edited. Edits to a published deck wait in draft
 * question versions; this publishes all of them with the deck's version in one transaction,
 * so learners never see half of an edit. A deck without live questions cannot be published
 * (422), nor can an archived one.
 */
export async function publishDeck(actor: Actor, deckId: string, now = new Date()): Promise<AuthorDeckSummaryDto> {
  const deck = await editableDeck(actor, deckId);
  if (deck.archivedAt) throw new AppError("UNPROCESSABLE", "Unarchive the deck before publishing it.");
  const live = await db.question.count({ where: { deckId, archivedAt: null } });
  if (live === 0) throw new AppError("UNPROCESSABLE", "Add at least one question before publishing.");
  await db.$transaction(async (tx) => {
    await lockDeck(tx, deckId);
    await publishDrafts(tx, deckId, now);
    const after = await tx.deck.update({
      where: { id: deckId },
      data: { status: "PUBLISHED", version: { increment: 1 } },
    });
    const before = { status: deck.status, version: after.version - 1 };
    await recordAudit(tx, {
      ...deckAudit(actor, deckId, "deck.publish"),
      before,
      after: pick(after, ["status", "version"]),
    });
  });
  return summaryOf(deckId);
}

/**
 * Back to draft: learners stop seeing it (their history stays). The version is kept, what
 * learners saw stays stored, and pending drafts become the deck's content to edit in place.
 */
export async function unpublishDeck(actor: Actor, deckId: string, now = new Date()): Promise<AuthorDeckSummaryDto> {
  await editableDeck(actor, deckId);
  await db.$transaction(async (tx) => {
    await lockDeck(tx, deckId);
    const deck = await tx.deck.findUniqueOrThrow({ where: { id: deckId }, select: { status: true } });
    if (deck.status === "PUBLISHED") await foldDrafts(tx, deckId, now);
    await tx.deck.update({ where: { id: deckId }, data: { status: "DRAFT" } });
    const audit = deckAudit(actor, deckId, "deck.unpublish");
    await recordAudit(tx, { ...audit, before: { status: deck.status }, after: { status: "DRAFT" } });
  });
  return summaryOf(deckId);
}

/** Archived decks leave learners' lists and queues; nothing is deleted. */
export async function setDeckArchived(actor: Actor, deckId: string, archived: boolean): Promise<AuthorDeckSummaryDto> {
  const deck = await editableDeck(actor, deckId);
  if (archived !== !!deck.archivedAt)
    await db.$transaction(async (tx) => {
      const after = await tx.deck.update({ where: { id: deckId }, data: { archivedAt: archived ? new Date() : null } });
      const audit = deckAudit(actor, deckId, archived ? "deck.archive" : "deck.unarchive");
      await recordAudit(tx, {
        ...audit,
        before: { archivedAt: deck.archivedAt },
        after: { archivedAt: after.archivedAt },
      });
    });
  return summaryOf(deckId);
}
