import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  createDeck,
  getAuthorDeck,
  publishDeck,
  setDeckArchived,
  unpublishDeck,
  updateDeck,
} from "@/lib/authoring/decks";
import {
  createQuestion,
  duplicateQuestion,
  reorderQuestions,
  setQuestionArchived,
  updateQuestion,
} from "@/lib/authoring/questions";
import { db } from "@/lib/db/client";
import { listPublishedDecks } from "@/lib/decks/browse";
import { AppError } from "@/lib/errors";
import { getQueue } from "@/lib/srs/queue";
import { recordReview } from "@/lib/srs/reviews";
import { enroll, makeDeck, makeUser, requestId, singleChoice } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const questionsRoute = await import("@/app/api/v1/author/decks/[deckId]/questions/route");
const questionRoute = await import("@/app/api/v1/author/questions/[questionId]/route");
const orderRoute = await import("@/app/api/v1/author/decks/[deckId]/order/route");

type User = Awaited<ReturnType<typeof makeUser>>;
let owner: User, learner: User;
beforeAll(async () => {
  owner = await makeUser({ role: "INSTRUCTOR" });
  learner = await makeUser();
});

async function expectAppError(p: Promise<unknown>, code: AppError["code"]) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  return err as AppError;
}

describe("decks", () => {
  it("slugs are made from the title and kept unique", async () => {
    const a = await createDeck(owner, { title: "Docker Images & Layers!" });
    const b = await createDeck(owner, { title: "Docker images & layers" });
    expect(a.slug).toBe("docker-images-layers");
    expect(b.slug).toBe("docker-images-layers-2");
    expect(a).toMatchObject({ status: "DRAFT", version: 1, questionCount: 0 });
    await expectAppError(updateDeck(owner, b.id, { slug: "docker-images-layers" }), "CONFLICT");
  });

  it("publish bumps the version every time; unpublish goes back to draft; learners see only published decks", async () => {
    const deck = await createDeck(owner, { title: "Publishing", chapter: "4.2" });
    await expectAppError(publishDeck(owner, deck.id), "UNPROCESSABLE"); // no questions yet
    await createQuestion(owner, deck.id, singleChoice(1));
    const visible = async () => (await listPublishedDecks(learner.id)).some((d) => d.id === deck.id);
    expect(await visible()).toBe(false);

    expect(await publishDeck(owner, deck.id)).toMatchObject({ status: "PUBLISHED", version: 2 });
    expect(await visible()).toBe(true);
    expect(await unpublishDeck(owner, deck.id)).toMatchObject({ status: "DRAFT", version: 2 });
    expect(await visible()).toBe(false);
    await updateDeck(owner, deck.id, { title: "Publishing, edited" });
    expect(await publishDeck(owner, deck.id)).toMatchObject({ status: "PUBLISHED", version: 3 });
    // A new version of a deck that stayed published while it was edited.
    expect(await publishDeck(owner, deck.id)).toMatchObject({ status: "PUBLISHED", version: 4 });

    expect(await setDeckArchived(owner, deck.id, true)).toMatchObject({ archived: true });
    expect(await visible()).toBe(false);
    await expectAppError(publishDeck(owner, deck.id), "UNPROCESSABLE");
    expect(await setDeckArchived(owner, deck.id, false)).toMatchObject({ archived: false, status: "PUBLISHED" });
    expect(await visible()).toBe(true);
  });

  it("services refuse learners even without a route in front", async () => {
    const deck = await makeDeck(owner.id);
    await expectAppError(getAuthorDeck(learner, deck.id), "FORBIDDEN");
    await expectAppError(createDeck(learner, { title: "Nope" }), "FORBIDDEN");
  });
});

describe("questions", () => {
  it("invalid questions get per-field errors from the type's schema", async () => {
    const deck = await makeDeck(owner.id, { status: "DRAFT" });
    signInAs(owner);
    const res = await call(questionsRoute.POST, {
      params: { deckId: deck.id },
      body: {
        type: "single",
        prompt: "Which?",
        explanation: "Why.",
        section: "4.1",
        payload: {
          options: [
            { text: "a", correct: true },
            { text: "", correct: false },
          ],
        },
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields["payload.options.1.text"]).toEqual(["Option text must not be empty"]);

    const two = await call(questionsRoute.POST, {
      params: { deckId: deck.id },
      body: {
        type: "single",
        prompt: "Which?",
        explanation: "Why.",
        section: "4.1",
        payload: {
          options: [
            { text: "a", correct: true },
            { text: "b", correct: true },
          ],
        },
      },
    });
    expect(two.body.error.fields["payload.options"]).toEqual(["Exactly one option must be correct"]);

    const patch = await call(questionRoute.PATCH, {
      method: "PATCH",
      params: { questionId: deck.questions[0].id },
      body: { payload: { options: [] } },
    });
    expect(patch.status).toBe(400);
    expect(patch.body.error.fields["payload.options"]).toContain("Give at least 2 options");
    expect(await db.question.count({ where: { deckId: deck.id } })).toBe(3);
  });

  it("editing the answer key keeps learners' review state and log untouched", async () => {
    const deck = await makeDeck(owner.id, { count: 1 });
    const q = deck.questions[0];
    await recordReview(
      learner,
      { clientRequestId: requestId(), questionId: q.id, grade: 4, expectedVersion: 0 },
      new Date("2026-06-01T12:00:00Z"),
    );
    const stateBefore = await db.reviewState.findFirstOrThrow({ where: { questionId: q.id } });
    const logsBefore = await db.reviewLog.findMany({ where: { questionId: q.id } });

    const edited = await updateQuestion(owner, q.id, {
      payload: {
        options: [
          { text: "right 1", correct: false },
          { text: "wrong 1", correct: true },
          { text: "new option", correct: false },
        ],
      },
    });
    expect((edited.payload as { options: { correct: boolean }[] }).options.map((o) => o.correct)).toEqual([
      false,
      true,
      false,
    ]);
    expect(await db.reviewState.findFirstOrThrow({ where: { questionId: q.id } })).toEqual(stateBefore);
    expect(await db.reviewLog.findMany({ where: { questionId: q.id } })).toEqual(logsBefore);

    // A type change would make stored answers unreadable: refused once learners have answered.
    const err = await expectAppError(
      updateQuestion(owner, q.id, { type: "truefalse", payload: { answer: true } }),
      "CONFLICT",
    );
    expect(err.extra.fields?.type).toBeDefined();
  });

  it("archiving keeps history and takes the card out of the learner's queue; unarchiving brings it back", async () => {
    const deck = await makeDeck(owner.id, { count: 2 });
    const [q1, q2] = deck.questions;
    const student = await makeUser();
    await enroll(student.id, deck.id);
    const t0 = new Date("2026-06-01T12:00:00Z");
    await recordReview(student, { clientRequestId: requestId(), questionId: q1.id, grade: 4, expectedVersion: 0 }, t0);
    const later = new Date("2026-06-20T12:00:00Z");
    const queued = async () => (await getQueue(student, later)).cards.map((c) => c.question.id);
    expect(await queued()).toEqual([q1.id, q2.id]); // q1 due, q2 new

    await setQuestionArchived(owner, q1.id, true);
    expect(await queued()).toEqual([q2.id]);
    expect(await db.reviewState.count({ where: { questionId: q1.id } })).toBe(1);
    expect(await db.reviewLog.count({ where: { questionId: q1.id } })).toBe(1);
    expect(await db.question.count({ where: { id: q1.id } })).toBe(1);
    // Archived questions stay listed for the author, after the live ones.
    expect((await getAuthorDeck(owner, deck.id)).questions.map((q) => [q.id, q.archived])).toEqual([
      [q2.id, false],
      [q1.id, true],
    ]);

    await setQuestionArchived(owner, q1.id, false);
    expect(await queued()).toEqual([q1.id, q2.id]);
  });

  it("duplicate puts the copy right after the original", async () => {
    const deck = await makeDeck(owner.id, { count: 3 });
    const copy = await duplicateQuestion(owner, deck.questions[0].id);
    const ids = (await getAuthorDeck(owner, deck.id)).questions.map((q) => q.id);
    expect(ids).toEqual([deck.questions[0].id, copy.id, deck.questions[1].id, deck.questions[2].id]);
    expect(copy).toMatchObject({
      prompt: deck.questions[0].prompt,
      payload: deck.questions[0].payload,
      archived: false,
    });
  });

  it("reorder rewrites every position in one go; a stale or duplicated list is refused and changes nothing", async () => {
    const deck = await makeDeck(owner.id, { count: 4 });
    const ids = deck.questions.map((q) => q.id);
    await setQuestionArchived(owner, ids[3], true);
    const live = ids.slice(0, 3);
    const wanted = [live[2], live[0], live[1]];
    signInAs(owner);
    const res = await call(orderRoute.PUT, { method: "PUT", params: { deckId: deck.id }, body: { order: wanted } });
    expect(res.status).toBe(200);
    const rows = await db.question.findMany({ where: { deckId: deck.id }, orderBy: { position: "asc" } });
    expect(rows.map((r) => [r.id, r.position])).toEqual([
      [wanted[0], 0],
      [wanted[1], 1],
      [wanted[2], 2],
      [ids[3], 3],
    ]);

    const stale = await call(orderRoute.PUT, {
      method: "PUT",
      params: { deckId: deck.id },
      body: { order: [live[0], live[1]] },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.fields.order[0]).toMatch(/Missing/);
    const dup = await call(orderRoute.PUT, {
      method: "PUT",
      params: { deckId: deck.id },
      body: { order: [live[0], live[0], live[1]] },
    });
    expect(dup.status).toBe(400);
    const foreign = await makeDeck(owner.id, { count: 1 });
    const mixed = await call(orderRoute.PUT, {
      method: "PUT",
      params: { deckId: deck.id },
      body: { order: [...wanted.slice(0, 2), foreign.questions[0].id] },
    });
    expect(mixed.status).toBe(409);
    const after = await db.question.findMany({ where: { deckId: deck.id }, orderBy: { position: "asc" } });
    expect(after.map((r) => r.id)).toEqual([...wanted, ids[3]]);
    expect(await reorderQuestions(owner, deck.id, { order: live })).toHaveLength(4);
  });
});
