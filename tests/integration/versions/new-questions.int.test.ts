import { beforeAll, describe, expect, it, vi } from "vitest";
import { getAuthorDeck, publishDeck, unpublishDeck } from "@/lib/authoring/decks";
import { createQuestion, duplicateQuestion, updateQuestion } from "@/lib/authoring/questions";
import { db } from "@/lib/db/client";
import { getPublishedDeck } from "@/lib/decks/browse";
import { startAttempt, submitAttempt } from "@/lib/quiz/attempts";
import { getQueue } from "@/lib/srs/queue";
import { enroll, makeDeck, makeUser, singleChoice } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const checkRoute = await import("@/app/api/v1/study/check/route");

const T0 = new Date("2026-06-10T12:00:00Z");
const later = (min: number) => new Date(T0.getTime() + min * 60_000);

type User = Awaited<ReturnType<typeof makeUser>>;
let owner: User;
beforeAll(async () => {
  owner = await makeUser({ role: "INSTRUCTOR" });
});

/** The prompts a learner meets: study queue, the deck page, and a new quiz attempt (submitted after). */
async function learnerPrompts(learner: User, deck: { id: string; slug: string }, quizId: string, at: Date) {
  const queue = (await getQueue(learner, at)).cards.map((c) => c.question.prompt);
  const page = (await getPublishedDeck(learner.id, deck.slug)).questions.map((q) => q.prompt);
  const attempt = await startAttempt(learner.id, quizId, at);
  await submitAttempt(learner.id, attempt.id, at);
  const quiz = attempt.questions.map((q) => q.prompt);
  return { queue: queue.sort(), page: page.sort(), quiz: quiz.sort() };
}

describe("questions added to a published deck", () => {
  it("wait for the deck's next publish, with the deck's other drafts", async () => {
    const learner = await makeUser();
    const deck = await makeDeck(owner.id, { count: 2 });
    const [q1] = deck.questions;
    await enroll(learner.id, deck.id);
    const quiz = await db.quiz.create({
      data: { deckId: deck.id, title: "Q", questionCount: 10, attemptsAllowed: 5, shuffle: false },
    });
    const published = ["Question 1: which one?", "Question 2: which one?"];

    // A pending edit of q1, then a duplicate of q1 (its draft content) and a new question.
    await updateQuestion(owner, q1.id, { prompt: "Edited first" });
    const copy = await duplicateQuestion(owner, q1.id);
    const added = await createQuestion(owner, deck.id, { ...singleChoice(3), prompt: "Brand new" });
    expect(copy).toMatchObject({ prompt: "Edited first", unpublished: true });
    expect(added).toMatchObject({ prompt: "Brand new", unpublished: true });
    // Editing the new question keeps it one unpublished version (learners never saw it).
    expect(await updateQuestion(owner, added.id, { prompt: "Brand new, edited" })).toMatchObject({
      version: 1,
      unpublished: true,
    });
    const author = await getAuthorDeck(owner, deck.id);
    expect(author.pendingDrafts).toBe(3);
    expect(author.questions.filter((q) => q.unpublished).map((q) => q.id)).toEqual([q1.id, copy.id, added.id]);

    const before = await learnerPrompts(learner, deck, quiz.id, T0);
    expect(before).toEqual({ queue: published, page: published, quiz: published });
    signInAs(learner);
    expect((await call(checkRoute.POST, { body: { questionId: added.id } })).status).toBe(404);

    await publishDeck(owner, deck.id, later(1));
    const after = await learnerPrompts(learner, deck, quiz.id, later(2));
    const all = ["Brand new, edited", "Edited first", "Edited first", "Question 2: which one?"];
    expect(after).toEqual({ queue: all, page: all, quiz: all });
    expect((await call(checkRoute.POST, { body: { questionId: added.id } })).status).toBe(200);
    const authorAfter = await getAuthorDeck(owner, deck.id);
    expect(authorAfter.pendingDrafts).toBe(0);
    expect(authorAfter.questions.some((q) => q.unpublished)).toBe(false);
    const v1 = await db.questionVersion.findUniqueOrThrow({
      where: { questionId_version: { questionId: added.id, version: 1 } },
    });
    expect(v1).toMatchObject({ prompt: "Brand new, edited" });
    expect(v1.publishedAt).not.toBeNull();
  });

  it("are not stranded by unpublishing: the deck's next publish makes them live", async () => {
    const learner = await makeUser();
    const deck = await makeDeck(owner.id, { count: 1 });
    await enroll(learner.id, deck.id);
    const added = await createQuestion(owner, deck.id, { ...singleChoice(2), prompt: "Added while live" });
    await unpublishDeck(owner, deck.id);
    const draftView = await getAuthorDeck(owner, deck.id);
    expect(draftView.pendingDrafts).toBe(0);
    expect(draftView.questions.find((q) => q.id === added.id)?.unpublished).toBe(false);

    await publishDeck(owner, deck.id);
    const page = await getPublishedDeck(learner.id, deck.slug);
    expect(page.questions.map((q) => q.prompt)).toContain("Added while live");
    expect((await getQueue(learner)).cards.map((c) => c.question.id)).toContain(added.id);
  });
});
