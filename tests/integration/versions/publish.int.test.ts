import { beforeAll, describe, expect, it, vi } from "vitest";
import { getAuthorDeck, publishDeck, unpublishDeck } from "@/lib/authoring/decks";
import { createQuestion, updateQuestion } from "@/lib/authoring/questions";
import { db } from "@/lib/db/client";
import { toSolution } from "@/lib/questions/redact";
import { saveAnswer, startAttempt, submitAttempt } from "@/lib/quiz/attempts";
import { getAttemptResult } from "@/lib/quiz/results";
import { getQueue } from "@/lib/srs/queue";
import { recordReview } from "@/lib/srs/reviews";
import { rightAnswer } from "@/tests/helpers/answers";
import { enroll, makeDeck, makeUser, requestId, singleChoice } from "@/tests/helpers/factories";
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

const NEW_KEY = {
  prompt: "Edited: which one now?",
  payload: {
    options: [
      { text: "right 1", correct: false },
      { text: "wrong 1", correct: true },
    ],
  },
};

async function learnerSees(learner: User, questionId: string) {
  const queue = await getQueue(learner, T0);
  const card = queue.cards.find((c) => c.question.id === questionId)!;
  signInAs(learner);
  const check = await call(checkRoute.POST, { body: { questionId } });
  return { prompt: card.question.prompt, solution: check.body.solution };
}

describe("editing a published deck", () => {
  it("learners keep the published version until the deck publishes its drafts together", async () => {
    const learner = await makeUser();
    const deck = await makeDeck(owner.id, { count: 2 });
    const [q1, q2] = deck.questions;
    await enroll(learner.id, deck.id);
    const before = await learnerSees(learner, q1.id);
    expect(before.prompt).toBe("Question 1: which one?");

    const edited = await updateQuestion(owner, q1.id, NEW_KEY);
    await updateQuestion(owner, q2.id, { prompt: "Edited second" });
    // The author sees the draft; learners (study queue, answer check) still the published version.
    expect(edited).toMatchObject({ prompt: NEW_KEY.prompt, unpublished: true, version: 1 });
    const authorView = await getAuthorDeck(owner, deck.id);
    expect(authorView.pendingDrafts).toBe(2);
    expect(authorView.questions.map((q) => q.prompt)).toEqual([NEW_KEY.prompt, "Edited second"]);
    expect(await learnerSees(learner, q1.id)).toEqual(before);
    const quiz = await db.quiz.create({ data: { deckId: deck.id, title: "Q", questionCount: 2, shuffle: false } });
    const view = await startAttempt(learner.id, quiz.id, T0);
    expect(view.questions.map((q) => q.prompt)).toEqual(["Question 1: which one?", "Question 2: which one?"]);

    const published = await publishDeck(owner, deck.id, later(1));
    expect(published).toMatchObject({ version: deck.version + 1, pendingDrafts: 0 });
    const after = await learnerSees(learner, q1.id);
    expect(after.prompt).toBe(NEW_KEY.prompt);
    expect(after.solution).not.toEqual(before.solution);
    expect((await db.question.findUniqueOrThrow({ where: { id: q2.id } })).prompt).toBe("Edited second");
    const stored = await db.questionVersion.findMany({ where: { questionId: q1.id }, orderBy: { version: "asc" } });
    expect(stored.map((v) => [v.version, v.prompt, v.publishedAt !== null])).toEqual([
      [1, "Question 1: which one?", true],
      [2, NEW_KEY.prompt, true],
    ]);

    // The attempt started before the publish still shows and grades version 1.
    const oldKey = toSolution({ ...q1, payload: q1.payload });
    await saveAnswer(learner.id, view.id, { questionId: q1.id, answer: rightAnswer(oldKey) }, later(2));
    await submitAttempt(learner.id, view.id, later(3));
    const result = await getAttemptResult(learner.id, view.id, later(4));
    expect(result.items[0]).toMatchObject({
      question: { prompt: "Question 1: which one?" },
      result: { correct: true, score: 1 },
      solution: oldKey,
    });
    // A new attempt shows the new version.
    const second = await startAttempt(learner.id, quiz.id, later(5));
    expect(second.questions[0].prompt).toBe(NEW_KEY.prompt);
  });

  it("reviews log the version reviewed", async () => {
    const learner = await makeUser();
    const deck = await makeDeck(owner.id, { count: 1 });
    const q = deck.questions[0];
    await enroll(learner.id, deck.id);
    await updateQuestion(owner, q.id, { prompt: "v2" });
    await publishDeck(owner, deck.id);
    await recordReview(learner, { clientRequestId: requestId(), questionId: q.id, grade: 4, expectedVersion: 0 }, T0);
    expect((await db.reviewLog.findFirstOrThrow({ where: { userId: learner.id } })).questionVersion).toBe(2);
  });

  it("a draft deck is edited in place; a version once published is never changed", async () => {
    const deck = await makeDeck(owner.id, { count: 0, status: "DRAFT" });
    const q = await createQuestion(owner, deck.id, singleChoice(1));
    const edited = await updateQuestion(owner, q.id, { prompt: "Still a draft" });
    expect(edited).toMatchObject({ prompt: "Still a draft", version: 1, unpublished: false });
    expect((await db.question.findUniqueOrThrow({ where: { id: q.id } })).prompt).toBe("Still a draft");
    await publishDeck(owner, deck.id);
    const v1 = await db.questionVersion.findUniqueOrThrow({
      where: { questionId_version: { questionId: q.id, version: 1 } },
    });
    expect(v1).toMatchObject({ prompt: "Still a draft" });
    expect(v1.publishedAt).not.toBeNull();

    // Published, edited (a draft), then unpublished: the draft becomes the content to edit in place.
    await updateQuestion(owner, q.id, { prompt: "Pending" });
    await unpublishDeck(owner, deck.id);
    const row = await db.question.findUniqueOrThrow({ where: { id: q.id } });
    expect(row).toMatchObject({ prompt: "Pending", version: 2 });
    await updateQuestion(owner, q.id, { prompt: "Pending, edited again" });
    const versions = await db.questionVersion.findMany({ where: { questionId: q.id }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.prompt, v.publishedAt !== null])).toEqual([
      [1, "Still a draft", true],
      [2, "Pending, edited again", false],
    ]);
  });
});
