/**
 * Writing question versions: edits (in place, bumped, or into a draft), publishing a deck's
 * drafts together, and folding them back when a deck is unpublished. The rules are in
 * lib/questions/version-rules.ts; every write here runs inside the caller's transaction with
 * the deck locked, so an edit and a publish of the same deck never interleave.
 */
import "server-only";
import { db, type Tx } from "@/lib/db/client";
import type { Question, QuestionType, QuestionVersion } from "@/lib/db/generated/client";
import { planEdit } from "@/lib/questions/version-rules";

type Client = Tx | typeof db;

export interface Content {
  type: QuestionType;
  prompt: string;
  explanation: string;
  section: string | null;
  payload: object;
}

/** The pending draft (version + 1, unpublished) of each question that has one. */
export async function draftsFor(
  questions: Pick<Question, "id" | "version">[],
  client: Client = db,
): Promise<Map<string, QuestionVersion>> {
  if (questions.length === 0) return new Map();
  const rows = await client.questionVersion.findMany({
    where: { publishedAt: null, OR: questions.map((q) => ({ questionId: q.id, version: q.version + 1 })) },
  });
  return new Map(rows.map((r) => [r.questionId, r]));
}

/** A live question added to a published deck since its last publish: learners do not see it yet. */
export function isNewInPublishedDeck(q: Pick<Question, "publishedAt" | "archivedAt">, deckPublished: boolean): boolean {
  return deckPublished && q.publishedAt === null && q.archivedAt === null;
}

/** How many questions of each deck wait for "Publish new version": edited ones, and new ones of a published deck. */
export async function pendingDraftsByDeck(deckIds: string[], client: Client = db): Promise<Map<string, number>> {
  if (deckIds.length === 0) return new Map();
  const rows = await client.$queryRaw<{ deckId: string; n: number }[]>`
    SELECT q."deckId", count(*)::int AS n FROM "Question" q JOIN "Deck" d ON d.id = q."deckId"
    WHERE q."deckId" = ANY(${deckIds}::text[]) AND (
      EXISTS (SELECT 1 FROM "QuestionVersion" v
              WHERE v."questionId" = q.id AND v."publishedAt" IS NULL AND v.version = q.version + 1)
      OR (q."publishedAt" IS NULL AND q."archivedAt" IS NULL AND d.status = 'PUBLISHED'))
    GROUP BY q."deckId"`;
  return new Map(rows.map((r) => [r.deckId, r.n]));
}

export async function countPendingDrafts(deckId: string, client: Client = db): Promise<number> {
  return (await pendingDraftsByDeck([deckId], client)).get(deckId) ?? 0;
}

/**
 * Writes an edit of a question whose deck is locked by the caller. A published deck gets a
 * draft (learners keep the columns); a draft deck is edited in place unless its current
 * version was published, which then stays stored as it was while the columns move on.
 */
export async function writeEdit(
  tx: Tx,
  questionId: string,
  content: Content,
  now: Date,
): Promise<{ row: Question; draft: QuestionVersion | null }> {
  const q = await tx.question.findUniqueOrThrow({ where: { id: questionId }, include: { deck: true } });
  const current = await tx.questionVersion.findUnique({
    where: { questionId_version: { questionId, version: q.version } },
  });
  // A question learners never saw (added since the deck's last publish) is edited in place.
  const plan = planEdit(q.publishedAt ? q.deck.status : "DRAFT", q.version, current);
  const at = (version: number) => ({ questionId_version: { questionId, version } });
  if (plan.kind === "draft") {
    const draft = await tx.questionVersion.upsert({
      where: at(plan.version),
      create: { questionId, version: plan.version, ...content },
      update: content,
    });
    // Touch the question so lists ordered by their last edit see it.
    const row = await tx.question.update({ where: { id: questionId }, data: { updatedAt: now } });
    return { row, draft };
  }
  if (plan.kind === "bump" && !current) {
    // Never stored, so possibly seen by learners: keep it as it was before the columns move on.
    const { type, prompt, explanation, section, payload } = q;
    await tx.questionVersion.create({
      data: {
        questionId,
        version: q.version,
        type,
        prompt,
        explanation,
        section,
        payload: payload as object,
        publishedAt: now,
      },
    });
  }
  await tx.questionVersion.upsert({
    where: at(plan.version),
    create: { questionId, version: plan.version, ...content },
    update: content,
  });
  const row = await tx.question.update({ where: { id: questionId }, data: { ...content, version: plan.version } });
  return { row, draft: null };
}

/**
 * Stores a new question's first version, unpublished: the question (created with publishedAt
 * null) waits for the deck's next publish, in a published deck as in a draft one.
 */
export async function storeFirstVersion(tx: Tx, q: Question): Promise<void> {
  const { type, prompt, explanation, section, payload } = q;
  await tx.questionVersion.create({
    data: {
      questionId: q.id,
      version: q.version,
      ...{ type, prompt, explanation, section, payload: payload as object },
      publishedAt: null,
    },
  });
}

/**
 * Stores each current version of the deck's questions that is not stored yet, as published at
 * `publishedAt` unless the question itself was never published (learners never saw it).
 */
async function storeCurrent(tx: Tx, deckId: string, publishedAt: Date): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "QuestionVersion" (id, "questionId", version, type, prompt, explanation, payload, section, "publishedAt", "createdAt")
    SELECT 'qv-' || q.id || '-' || q.version, q.id, q.version, q.type, q.prompt, q.explanation, q.payload, q.section,
      CASE WHEN q."publishedAt" IS NULL THEN NULL ELSE ${publishedAt}::timestamp(3) END, now()
    FROM "Question" q WHERE q."deckId" = ${deckId}
    ON CONFLICT ("questionId", version) DO UPDATE SET type = EXCLUDED.type, prompt = EXCLUDED.prompt,
      explanation = EXCLUDED.explanation, payload = EXCLUDED.payload, section = EXCLUDED.section
    WHERE "QuestionVersion"."publishedAt" IS NULL`;
}

/** Moves every question with a pending draft onto it (columns and version). Returns how many moved. */
async function applyDrafts(tx: Tx, deckId: string, now: Date): Promise<number> {
  return tx.$executeRaw`
    UPDATE "Question" q SET type = v.type, prompt = v.prompt, explanation = v.explanation, payload = v.payload,
      section = v.section, version = v.version, "updatedAt" = ${now}
    FROM "QuestionVersion" v
    WHERE v."questionId" = q.id AND v.version = q.version + 1 AND v."publishedAt" IS NULL AND q."deckId" = ${deckId}`;
}

/**
 * "Publish new version": every draft of the deck, and every question added since its last
 * publish, is published in the caller's transaction, so learners go from one consistent deck
 * to the next. Returns how many questions changed or went live.
 */
export async function publishDrafts(tx: Tx, deckId: string, now: Date): Promise<number> {
  await storeCurrent(tx, deckId, now);
  const moved = await applyDrafts(tx, deckId, now);
  await tx.$executeRaw`
    UPDATE "QuestionVersion" v SET "publishedAt" = ${now} FROM "Question" q
    WHERE v."questionId" = q.id AND q."deckId" = ${deckId} AND v."publishedAt" IS NULL AND v.version <= q.version`;
  const added = await tx.$executeRaw`
    UPDATE "Question" SET "publishedAt" = ${now} WHERE "deckId" = ${deckId} AND "publishedAt" IS NULL`;
  return moved + added;
}

/**
 * Unpublishing a published deck: what learners saw stays stored as published, and the drafts
 * become the columns (unpublished), so the draft deck is edited in place from the author's copy.
 */
export async function foldDrafts(tx: Tx, deckId: string, now: Date): Promise<void> {
  await storeCurrent(tx, deckId, now);
  await applyDrafts(tx, deckId, now);
}
