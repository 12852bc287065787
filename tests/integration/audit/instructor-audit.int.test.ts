import { beforeAll, describe, expect, it, vi } from "vitest";
import { createDeck, publishDeck, setDeckArchived, unpublishDeck, updateDeck } from "@/lib/authoring/decks";
import { importQuestions } from "@/lib/authoring/import-export";
import {
  createQuestion,
  duplicateQuestion,
  reorderQuestions,
  setQuestionArchived,
  updateQuestion,
} from "@/lib/authoring/questions";
import { db } from "@/lib/db/client";
import { createQuiz } from "@/lib/quiz/quizzes";
import { makeDeck, makeUser, singleChoice } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const importRoute = await import("@/app/api/v1/decks/[deckId]/import/route");

type User = Awaited<ReturnType<typeof makeUser>>;
let owner: User;
let stranger: User;
beforeAll(async () => {
  owner = await makeUser({ role: "INSTRUCTOR" });
  stranger = await makeUser({ role: "INSTRUCTOR" });
});

/** Rows written while `fn` ran, oldest first. */
async function rowsDuring(fn: () => Promise<unknown>) {
  const since = await db.auditLog.findMany({ select: { id: true } });
  await fn();
  return db.auditLog.findMany({
    where: { id: { notIn: since.map((r) => r.id) } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}
const refused = async (fn: () => Promise<unknown>) =>
  rowsDuring(() =>
    fn().then(
      () => {
        throw new Error("expected a refusal");
      },
      () => undefined,
    ),
  );

describe("audit log: instructor actions", () => {
  it("deck create, update, publish, unpublish, archive, unarchive: one row each, with before and after", async () => {
    let deckId = "";
    const [created] = await rowsDuring(async () => {
      deckId = (await createDeck(owner, { title: "Audited deck" })).id;
    });
    expect(created).toMatchObject({ actorId: owner.id, action: "deck.create", targetType: "deck", targetId: deckId });
    expect(created.before).toBeNull();
    expect(created.after).toMatchObject({ title: "Audited deck", status: "DRAFT" });

    expect(await rowsDuring(() => updateDeck(owner, deckId, { title: "Renamed" }))).toEqual([
      expect.objectContaining({
        action: "deck.update",
        before: { title: "Audited deck" },
        after: { title: "Renamed" },
      }),
    ]);
    await createQuestion(owner, deckId, singleChoice(1));
    expect(await rowsDuring(() => publishDeck(owner, deckId))).toEqual([
      expect.objectContaining({
        action: "deck.publish",
        before: { status: "DRAFT", version: 1 },
        after: { status: "PUBLISHED", version: 2 },
      }),
    ]);
    const unpub = await rowsDuring(() => unpublishDeck(owner, deckId));
    expect(unpub.map((r) => [r.action, r.before, r.after])).toEqual([
      ["deck.unpublish", { status: "PUBLISHED" }, { status: "DRAFT" }],
    ]);
    const archive = await rowsDuring(() => setDeckArchived(owner, deckId, true));
    expect(archive.map((r) => [r.action, r.before, r.after])).toEqual([
      ["deck.archive", { archivedAt: null }, { archivedAt: expect.any(String) }],
    ]);
    expect(await rowsDuring(() => setDeckArchived(owner, deckId, true))).toEqual([]); // no change, no row
    const unarchive = await rowsDuring(() => setDeckArchived(owner, deckId, false));
    expect(unarchive.map((r) => r.action)).toEqual(["deck.unarchive"]);
  });

  it("question create, update, duplicate, archive, unarchive, reorder: one row each", async () => {
    const deck = await makeDeck(owner.id, { status: "DRAFT", count: 2 });
    let qid = "";
    const [created] = await rowsDuring(async () => {
      qid = (await createQuestion(owner, deck.id, singleChoice(7))).id;
    });
    expect(created).toMatchObject({ action: "question.create", targetType: "question", targetId: qid });
    expect(created.after).toMatchObject({
      deckId: deck.id,
      type: "single",
      prompt: "Question 7: which one?",
      position: 2,
    });

    const [updated, ...moreUpdates] = await rowsDuring(() => updateQuestion(owner, qid, { prompt: "Edited?" }));
    expect(moreUpdates).toEqual([]);
    expect(updated).toMatchObject({ action: "question.update", before: { prompt: "Question 7: which one?" } });
    expect(updated.after).toMatchObject({ prompt: "Edited?", explanation: "Because 7." });

    const dup = await rowsDuring(() => duplicateQuestion(owner, qid));
    expect(dup.map((r) => r.action)).toEqual(["question.duplicate"]);
    expect(dup[0].after).toMatchObject({ duplicateOf: qid, prompt: "Edited?" });

    const arch = await rowsDuring(() => setQuestionArchived(owner, qid, true));
    expect(arch.map((r) => [r.action, (r.before as { archivedAt: unknown }).archivedAt])).toEqual([
      ["question.archive", null],
    ]);
    expect((await rowsDuring(() => setQuestionArchived(owner, qid, false))).map((r) => r.action)).toEqual([
      "question.unarchive",
    ]);

    const live = await db.question.findMany({
      where: { deckId: deck.id, archivedAt: null },
      orderBy: { position: "asc" },
    });
    const order = live.map((q) => q.id).reverse();
    const reorder = await rowsDuring(() => reorderQuestions(owner, deck.id, { order }));
    expect(reorder).toEqual([
      expect.objectContaining({
        action: "question.reorder",
        targetType: "deck",
        targetId: deck.id,
        before: { order: live.map((q) => q.id) },
        after: { order },
      }),
    ]);
    expect(await rowsDuring(() => reorderQuestions(owner, deck.id, { order }))).toEqual([]); // same order
  });

  it("quiz create and import: one row each; an import refused for a bad weight writes none and names the line", async () => {
    const deck = await makeDeck(owner.id, { status: "DRAFT", count: 2 });
    const input = {
      deckId: deck.id,
      title: "Audited quiz",
      questionCount: 2,
      timeLimitSeconds: 600,
      attemptsAllowed: 1,
      passMarkPercent: 50,
      shuffle: true,
      showAnswers: "AFTER_EACH_ATTEMPT" as const,
    };
    let quizId = "";
    const quiz = await rowsDuring(async () => {
      quizId = (await createQuiz(owner, input)).id;
    });
    expect(quiz).toEqual([
      expect.objectContaining({ action: "quiz.create", targetType: "quiz", targetId: quizId, before: null }),
    ]);
    expect(quiz[0].after).toMatchObject({ title: "Audited quiz", deckId: deck.id });

    const gift = "Pick one{=a ~b}\n\nTrue?{T}\n";
    const imported = await rowsDuring(() => importQuestions(owner, deck.id, "gift", gift));
    expect(imported).toHaveLength(1);
    expect(imported[0]).toMatchObject({ action: "deck.import", targetId: deck.id, before: null });
    expect(imported[0].after).toMatchObject({ format: "gift", created: 2 });
    expect(await rowsDuring(() => importQuestions(owner, deck.id, "gift", gift, { dryRun: true }))).toEqual([]);

    signInAs(owner);
    const before = await db.question.count({ where: { deckId: deck.id } });
    const rows = await rowsDuring(async () => {
      const res = await call(importRoute.POST, {
        params: { deckId: deck.id },
        url: `http://localhost/api/v1/decks/${deck.id}/import?format=gift`,
        rawBody: "Pick one{=a ~b}\n\nColour?{\n~yellow\n~%abc%blue\n=green\n}\n",
        contentType: "text/plain",
      });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields)).toEqual(["line 5"]);
      expect(res.body.error.fields["line 5"][0]).toContain("%abc% is not a number");
    });
    expect(rows).toEqual([]);
    expect(await db.question.count({ where: { deckId: deck.id } })).toBe(before);
  });

  it("refused instructor actions (4xx) write no row", async () => {
    const deck = await makeDeck(owner.id, { status: "DRAFT", count: 1 });
    const [q] = deck.questions;
    expect(await refused(() => updateDeck(stranger, deck.id, { title: "Mine now" }))).toEqual([]);
    expect(await refused(() => updateDeck(owner, deck.id, { title: "" }))).toEqual([]);
    expect(await refused(() => createQuestion(owner, deck.id, { type: "single" }))).toEqual([]);
    expect(await refused(() => updateQuestion(stranger, q.id, { prompt: "x" }))).toEqual([]);
    expect(await refused(() => reorderQuestions(owner, deck.id, { order: ["nope"] }))).toEqual([]);
    expect(await refused(() => publishDeck(stranger, deck.id))).toEqual([]);
    expect(await refused(() => importQuestions(owner, deck.id, "gift", "Pick{~%150%a ~b}"))).toEqual([]);
  });
});
