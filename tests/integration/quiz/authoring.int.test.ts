import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { startAttempt, submitAttempt } from "@/lib/quiz/attempts";
import { REVIEW_PRESETS } from "@/lib/quiz/review-options";
import { makeDeck, makeUser } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const quizzes = await import("@/app/api/v1/quizzes/route");
const attempts = await import("@/app/api/v1/quizzes/[quizId]/attempts/route");
const authored = await import("@/app/api/v1/author/quizzes/route");

const input = (deckId: string) => ({
  deckId,
  title: "Extra practice",
  questionCount: 2,
  timeLimitSeconds: 120,
  attemptsAllowed: 5,
  passMarkPercent: 60,
  shuffle: false,
  showAnswers: "NEVER",
});

describe("instructor quizzes", () => {
  it("another instructor listing a quiz's attempts gets the deck's answer: 403 on a published deck, 404 on a draft, as when creating one", async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const other = await makeUser({ role: "INSTRUCTOR" });
    const published = await makeDeck(owner.id, { count: 3 });
    const draft = await makeDeck(owner.id, { status: "DRAFT" });
    const onPublished = await db.quiz.create({ data: { deckId: published.id, title: "P", questionCount: 2 } });
    const onDraft = await db.quiz.create({ data: { deckId: draft.id, title: "D", questionCount: 2 } });
    signInAs(other);
    expect((await call(quizzes.POST, { body: input(published.id) })).status).toBe(403);
    expect((await call(attempts.GET, { params: { quizId: onPublished.id } })).status).toBe(403);
    expect((await call(quizzes.POST, { body: input(draft.id) })).status).toBe(404);
    expect((await call(attempts.GET, { params: { quizId: onDraft.id } })).status).toBe(404);
    expect((await call(attempts.GET, { params: { quizId: "no-such-quiz" } })).status).toBe(404);
    signInAs(owner);
    expect((await call(attempts.GET, { params: { quizId: onDraft.id } })).status).toBe(200);
  });

  it("the deck's owner and admins create quizzes; another instructor gets 403 (404 on a draft), a learner 403, anonymous 401", async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const other = await makeUser({ role: "INSTRUCTOR" });
    const admin = await makeUser({ role: "ADMIN" });
    const learner = await makeUser();
    const deck = await makeDeck(owner.id, { count: 3 });
    signInAs(null);
    expect((await call(quizzes.POST, { body: input(deck.id) })).status).toBe(401);
    signInAs(learner);
    expect((await call(quizzes.POST, { body: input(deck.id) })).status).toBe(403);
    signInAs(other);
    expect((await call(quizzes.POST, { body: input(deck.id) })).status).toBe(403);
    const draft = await makeDeck(owner.id, { status: "DRAFT" });
    expect((await call(quizzes.POST, { body: input(draft.id) })).status).toBe(404);
    signInAs(owner);
    const created = await call(quizzes.POST, { body: input(deck.id) });
    expect(created.status).toBe(201);
    signInAs(admin);
    expect((await call(quizzes.POST, { body: { ...input(deck.id), title: "Admin's" } })).status).toBe(201);
    const rows = await db.quiz.findMany({ where: { deckId: deck.id } });
    expect(rows.map((r) => r.title).sort()).toEqual(["Admin's", "Extra practice"]);
    expect(rows.find((r) => r.title === "Extra practice")).toMatchObject({
      reviewOptions: REVIEW_PRESETS.NEVER, // the "NEVER" preset, stored as its review-options matrix
      shuffle: false,
      timeLimitSeconds: 120,
    });
  });

  it("refuses bad settings with field errors", async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const deck = await makeDeck(owner.id);
    signInAs(owner);
    const res = await call(quizzes.POST, {
      body: {
        ...input(deck.id),
        questionCount: 0,
        passMarkPercent: 120,
        timeLimitSeconds: 5,
        showAnswers: "SOMETIMES",
      },
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual([
      "passMarkPercent",
      "questionCount",
      "showAnswers",
      "timeLimitSeconds",
    ]);
    expect(await db.quiz.count({ where: { deckId: deck.id } })).toBe(0);
  });

  it("instructors see every learner's attempts on their quizzes, and no one else's", async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const other = await makeUser({ role: "INSTRUCTOR" });
    const deck = await makeDeck(owner.id, { count: 3 });
    const quiz = await db.quiz.create({ data: { deckId: deck.id, title: "Q", questionCount: 2 } });
    const [a, b] = [await makeUser(), await makeUser()];
    for (const learner of [a, b]) {
      const v = await startAttempt(learner.id, quiz.id);
      await submitAttempt(learner.id, v.id);
    }
    signInAs(owner);
    const list = await call(attempts.GET, { params: { quizId: quiz.id } });
    expect(list.status).toBe(200);
    expect(list.body.attempts.map((x: { user: { id: string } }) => x.user.id).sort()).toEqual([a.id, b.id].sort());
    expect((await call(authored.GET)).body.quizzes).toEqual([expect.objectContaining({ id: quiz.id, attempts: 2 })]);
    signInAs(other);
    expect((await call(attempts.GET, { params: { quizId: quiz.id } })).status).toBe(403); // published deck: the access.ts rule
    expect((await call(authored.GET)).body.quizzes).toEqual([]);
    signInAs(a);
    expect((await call(attempts.GET, { params: { quizId: quiz.id } })).status).toBe(403);
  });
});
