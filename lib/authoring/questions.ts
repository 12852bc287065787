import "server-only";
import { db } from "@/lib/db/client";
import type { Question } from "@/lib/db/generated/client";
import { AppError, zodFieldErrors } from "@/lib/errors";
import { questionInputSchema, type QuestionInput } from "@/lib/questions/schemas";
import { editableDeck, editableQuestion, type Actor } from "./access";
import { toAuthorQuestionDto, toAuthorQuestionDtos } from "./decks";
import { lockDeck, nextPosition } from "./positions";
import { pick, recordAudit } from "@/lib/audit/record";
import { deckAudit, questionAudit, questionFields } from "@/lib/audit/targets";
import { draftsFor, storeFirstVersion, writeEdit } from "./versions";
import { questionPatchSchema, reorderSchema, type AuthorQuestionDto } from "./schemas";

/**
 * Question authoring. Questions are never deleted: archiving takes one out of study queues
 * and new quiz draws while learners' ReviewState/ReviewLog/QuizResponse rows stay. An edit
 * (even of the answer key) never changes a published version: in a published deck it waits in
 * a draft until the deck publishes (./versions.ts), and attempts keep the version they showed.
 */

/** Validates a whole authored question; zod's issues become per-field errors ("payload.options"). */
export function parseQuestionInput(value: unknown): QuestionInput {
  const parsed = questionInputSchema.safeParse(value);
  if (!parsed.success)
    throw new AppError("BAD_REQUEST", "The question is not valid: see the highlighted fields.", {
      fields: zodFieldErrors(parsed.error),
    });
  return parsed.data;
}

const columns = (q: QuestionInput) => ({
  type: q.type,
  prompt: q.prompt,
  explanation: q.explanation,
  section: q.section ?? null,
  payload: q.payload as object,
  tags: q.tags ?? [],
  quizOnly: q.quizOnly ?? false,
});

const columnsOf = (v: {
  type: Question["type"];
  prompt: string;
  explanation: string;
  section: string | null;
  payload: unknown;
}) => ({
  type: v.type,
  prompt: v.prompt,
  explanation: v.explanation,
  section: v.section,
  payload: v.payload,
});

export async function getAuthorQuestion(
  actor: Actor,
  questionId: string,
): Promise<AuthorQuestionDto & { deckTitle: string }> {
  const q = await editableQuestion(actor, questionId);
  const [dto] = await toAuthorQuestionDtos([q]);
  return { ...dto, deckTitle: q.deck.title };
}

/** Adds a question at the end of the deck. */
export async function createQuestion(actor: Actor, deckId: string, input: unknown): Promise<AuthorQuestionDto> {
  await editableDeck(actor, deckId);
  const q = parseQuestionInput(input);
  const row = await db.$transaction(async (tx) => {
    await lockDeck(tx, deckId);
    const created = await tx.question.create({
      // Not published until the deck's next publish (learners of a published deck never see it before).
      data: { deckId, ...columns(q), position: await nextPosition(tx, deckId), publishedAt: null },
    });
    await storeFirstVersion(tx, created);
    await recordAudit(tx, { ...questionAudit(actor, created.id, "question.create"), after: questionFields(created) });
    return created;
  });
  return (await toAuthorQuestionDtos([row]))[0];
}

/**
 * Changes any of type/prompt/explanation/section/payload; the merged result is validated as a
 * whole. Changing the type of a question that learners have answered would make their stored
 * answers unreadable, so that is a 409 (duplicate it and archive the old one instead).
 */
export async function updateQuestion(
  actor: Actor,
  questionId: string,
  patch: unknown,
  now = new Date(),
): Promise<AuthorQuestionDto> {
  const question = await editableQuestion(actor, questionId);
  // The patch applies to the author's working copy: the pending draft, if there is one.
  const current = (await draftsFor([question])).get(questionId) ?? question;
  const parsedPatch = questionPatchSchema.safeParse(patch);
  if (!parsedPatch.success)
    throw new AppError("BAD_REQUEST", "The question is not valid: see the highlighted fields.", {
      fields: zodFieldErrors(parsedPatch.error),
    });
  // The patch's fields are whatever it carried, so section may be null here.
  const merged: { section?: string | null; [field: string]: unknown } = {
    type: current.type,
    prompt: current.prompt,
    explanation: current.explanation,
    section: current.section ?? undefined,
    payload: current.payload,
    // Tags and quiz-only are the question's, not a version's: they apply at once, published or not.
    tags: question.tags,
    quizOnly: question.quizOnly,
    ...Object.fromEntries(Object.entries(parsedPatch.data).filter(([, v]) => v !== undefined)),
  };
  // section: null clears it (the stored column is nullable; the input schema wants it absent).
  if (merged.section === null) merged.section = undefined;
  const q = parseQuestionInput(merged);
  if (q.type !== current.type) {
    const [states, logs, responses] = await Promise.all([
      db.reviewState.count({ where: { questionId } }),
      db.reviewLog.count({ where: { questionId } }),
      db.quizResponse.count({ where: { questionId } }),
    ]);
    if (states + logs + responses > 0) {
      throw new AppError(
        "CONFLICT",
        "Learners have answered this question, so its type cannot change. Duplicate it, change the copy, and archive this one.",
        {
          fields: { type: ["Learners have answered this question; its type cannot change"] },
        },
      );
    }
  }
  const { row, draft } = await db.$transaction(async (tx) => {
    await lockDeck(tx, question.deckId);
    const { tags, quizOnly, ...edit } = columns(q);
    const written = await writeEdit(tx, questionId, edit, now);
    if (tags.join() !== question.tags.join() || quizOnly !== question.quizOnly)
      written.row = await tx.question.update({ where: { id: questionId }, data: { tags, quizOnly } });
    // In a published deck the edit is a draft: the audit's after is the draft's content.
    const content = written.draft ? { ...written.row, ...columnsOf(written.draft) } : written.row;
    const before = questionFields({ ...question, ...columnsOf(current) });
    await recordAudit(tx, {
      ...questionAudit(actor, questionId, "question.update"),
      before,
      after: questionFields(content),
    });
    return written;
  });
  return toAuthorQuestionDto(row, draft, question.deck.status === "PUBLISHED");
}

/**
 * A copy of the working copy (a pending draft's content, not yet the published one), placed
 * right after the original; live even if the original is archived, and like any new question
 * published with the deck's next publish.
 */
export async function duplicateQuestion(actor: Actor, questionId: string): Promise<AuthorQuestionDto> {
  const question = await editableQuestion(actor, questionId);
  const draft = (await draftsFor([question])).get(questionId);
  const original = { ...question, ...(draft ? columnsOf(draft) : {}) };
  const row = await db.$transaction(async (tx) => {
    await lockDeck(tx, original.deckId);
    await tx.question.updateMany({
      where: { deckId: original.deckId, position: { gt: original.position } },
      data: { position: { increment: 1 } },
    });
    const created = await tx.question.create({
      data: {
        deckId: original.deckId,
        type: original.type,
        prompt: original.prompt,
        explanation: original.explanation,
        section: original.section,
        payload: original.payload as object,
        tags: original.tags,
        quizOnly: original.quizOnly,
        position: original.position + 1,
        publishedAt: null,
      },
    });
    await storeFirstVersion(tx, created);
    const after = { ...questionFields(created), duplicateOf: original.id };
    await recordAudit(tx, { ...questionAudit(actor, created.id, "question.duplicate"), after });
    return created;
  });
  return (await toAuthorQuestionDtos([row]))[0];
}

/** Archived questions leave study queues and new quiz draws; their history stays. Unarchiving puts it back at the end. */
export async function setQuestionArchived(
  actor: Actor,
  questionId: string,
  archived: boolean,
): Promise<AuthorQuestionDto> {
  const q = await editableQuestion(actor, questionId);
  if (archived === !!q.archivedAt) return (await toAuthorQuestionDtos([q]))[0];
  const row = await db.$transaction(async (tx) => {
    await lockDeck(tx, q.deckId);
    const updated = await tx.question.update({
      where: { id: questionId },
      data: archived ? { archivedAt: new Date() } : { archivedAt: null, position: await nextPosition(tx, q.deckId) },
    });
    await recordAudit(tx, {
      ...questionAudit(actor, questionId, archived ? "question.archive" : "question.unarchive"),
      before: pick(q, ["archivedAt", "position"]),
      after: pick(updated, ["archivedAt", "position"]),
    });
    return updated;
  });
  return (await toAuthorQuestionDtos([row]))[0];
}

/**
 * Sets the order of the deck's live questions: `order` must list each of them exactly once.
 * Positions are rewritten 0..n-1 in one transaction (archived questions follow, in their old
 * order). A list that no longer matches the deck (someone added or archived a question since)
 * is a 409, so a stale page cannot drop a question from the order.
 */
export async function reorderQuestions(actor: Actor, deckId: string, input: unknown): Promise<AuthorQuestionDto[]> {
  await editableDeck(actor, deckId);
  const parsed = reorderSchema.safeParse(input);
  if (!parsed.success)
    throw new AppError("BAD_REQUEST", "The order is not valid.", { fields: zodFieldErrors(parsed.error) });
  const order = parsed.data.order;
  const dupes = order.filter((id, i) => order.indexOf(id) !== i);
  if (dupes.length)
    throw new AppError("BAD_REQUEST", "Each question may appear only once in the order.", {
      fields: { order: [`Listed twice: ${[...new Set(dupes)].join(", ")}`] },
    });

  const rows = await db.$transaction(async (tx) => {
    await lockDeck(tx, deckId);
    const all = await tx.question.findMany({
      where: { deckId },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, archivedAt: true },
    });
    const liveIds = all.filter((q) => !q.archivedAt).map((q) => q.id);
    // A page reorders its own window of the live questions; the rest keep their places.
    const { offset } = parsed.data;
    const window = offset === undefined ? liveIds : liveIds.slice(offset, offset + order.length);
    const live = new Set(window);
    const unknown = order.filter((id) => !live.has(id));
    const missing = window.filter((id) => !order.includes(id));
    if (unknown.length || missing.length) {
      const fields = [
        ...(unknown.length
          ? [
              `Not live questions of this deck${offset === undefined ? "" : ` from position ${offset + 1} on`}: ${unknown.join(", ")}`,
            ]
          : []),
        ...(missing.length ? [`Missing: ${missing.join(", ")}`] : []),
      ];
      throw new AppError("CONFLICT", "The deck's questions changed since this page loaded; reload and try again.", {
        fields: { order: fields },
      });
    }
    const placed =
      offset === undefined ? order : [...liveIds.slice(0, offset), ...order, ...liveIds.slice(offset + order.length)];
    const full = [...placed, ...all.filter((q) => q.archivedAt).map((q) => q.id)];
    await tx.$executeRaw`
      UPDATE "Question" AS q SET position = (o.pos - 1)::int, "updatedAt" = now()
      FROM unnest(${full}::text[]) WITH ORDINALITY AS o(id, pos)
      WHERE q.id = o.id AND q."deckId" = ${deckId} AND q.position <> (o.pos - 1)::int`;
    const audit = { ...deckAudit(actor, deckId, "question.reorder"), before: { order: all.map((x) => x.id) } };
    if (full.some((id, i) => id !== all[i].id)) await recordAudit(tx, { ...audit, after: { order: full } });
    return tx.question.findMany({ where: { deckId }, orderBy: { position: "asc" } });
  });
  return toAuthorQuestionDtos(rows);
}
