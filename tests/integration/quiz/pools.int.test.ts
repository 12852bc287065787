import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import type { QuestionInput } from "@/lib/questions/schemas";
import { makeDeck, makeUser, singleChoice } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const quizzesRoute = await import("@/app/api/v1/quizzes/route");
const startRoute = await import("@/app/api/v1/quizzes/[quizId]/attempts/route");
const submitRoute = await import("@/app/api/v1/attempts/[attemptId]/submit/route");
const authoredRoute = await import("@/app/api/v1/author/quizzes/route");

const tagged = (n: number, tags: string[], section = "4.1"): QuestionInput => ({ ...singleChoice(n), section, tags });
const flashcard: QuestionInput = {
  type: "flashcard",
  prompt: "What does runc do?",
  explanation: "It runs containers.",
  section: "4.3",
  tags: ["ns"],
  payload: { back: "Spawns a container from an OCI bundle" },
};

const settings = {
  title: "Pooled",
  questionCount: 1,
  timeLimitSeconds: 600,
  attemptsAllowed: 10,
  passMarkPercent: 50,
  shuffle: true,
  showAnswers: "NEVER",
};

let owner: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  owner = await makeUser({ role: "INSTRUCTOR" });
});

async function createQuiz(deckId: string, pools: unknown) {
  signInAs(owner);
  return call(quizzesRoute.POST, { body: { ...settings, deckId, pools } });
}

async function takeAttempt(learner: Awaited<ReturnType<typeof makeUser>>, quizId: string): Promise<string[]> {
  signInAs(learner);
  const started = await call(startRoute.POST, { method: "POST", params: { quizId } });
  expect(started.status).toBe(201);
  await call(submitRoute.POST, { method: "POST", params: { attemptId: started.body.id } });
  return (started.body.questions as { id: string }[]).map((q) => q.id);
}

describe("quiz pools", () => {
  it("an attempt draws N from each pool (tag or section and its subsections), no question twice, never a flashcard", async () => {
    const deck = await makeDeck(owner.id, {
      questions: [
        tagged(1, ["ns"]),
        tagged(2, ["ns"]),
        tagged(3, ["ns", "cg"]),
        tagged(4, ["cg"]),
        tagged(5, ["cg"]),
        tagged(6, [], "4.4"),
        tagged(7, [], "4.4.2"),
        tagged(8, [], "4.44"),
        flashcard,
      ],
    });
    const byId = new Map(deck.questions.map((q) => [q.id, q]));
    const created = await createQuiz(deck.id, [
      { source: "tag", value: "NS", count: 2 },
      { source: "tag", value: "cg", count: 2 },
      { source: "section", value: "4.4", count: 2 },
    ]);
    expect(created.status).toBe(201);
    const quiz = await db.quiz.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(quiz.questionCount).toBe(6); // the pools' sum, whatever questionCount the form sent
    const listed = await call(authoredRoute.GET);
    expect(listed.body.quizzes.find((q: { id: string }) => q.id === quiz.id).pools[0]).toEqual({
      source: "tag",
      value: "ns",
      count: 2,
    });
    for (let i = 0; i < 8; i++) {
      const ids = await takeAttempt(await makeUser(), quiz.id);
      expect(ids).toHaveLength(6);
      expect(new Set(ids).size).toBe(6);
      const qs = ids.map((id) => byId.get(id)!);
      expect(qs.filter((q) => q.section === "4.4" || q.section === "4.4.2")).toHaveLength(2);
      expect(qs.some((q) => q.section === "4.44" || q.type === "flashcard")).toBe(false);
      // Five tagged questions fill four tag slots: every tagged one but one is drawn.
      expect(qs.filter((q) => q.tags.includes("ns") || q.tags.includes("cg"))).toHaveLength(4);
    }
  });

  it("a second attempt draws the questions the learner has not had first; a third, with all seen, still draws N", async () => {
    const deck = await makeDeck(owner.id, { questions: [1, 2, 3, 4].map((n) => tagged(n, ["ns"])) });
    const quiz = (await createQuiz(deck.id, [{ source: "tag", value: "ns", count: 2 }])).body as { id: string };
    for (let i = 0; i < 5; i++) {
      const learner = await makeUser();
      const first = await takeAttempt(learner, quiz.id);
      const second = await takeAttempt(learner, quiz.id);
      expect(second.filter((id) => first.includes(id))).toEqual([]);
      expect(new Set([...first, ...second]).size).toBe(4);
      expect(await takeAttempt(learner, quiz.id)).toHaveLength(2);
    }
  });

  it("saving pools that cannot be filled is a 400 naming the pool, and writes nothing", async () => {
    const deck = await makeDeck(owner.id, {
      questions: [tagged(1, ["ns"]), tagged(2, ["ns", "cg"]), tagged(3, ["cg"]), flashcard],
    });
    const before = await db.quiz.count({ where: { deckId: deck.id } });
    const short = await createQuiz(deck.id, [{ source: "tag", value: "ns", count: 3 }]); // the flashcard does not count
    expect(short.status).toBe(400);
    expect(short.body.error.fields["pools.0.count"][0]).toMatch(/Pool 1 \(tag “ns”\) draws 3 but the deck has 2/);
    const shared = await createQuiz(deck.id, [
      { source: "tag", value: "ns", count: 2 },
      { source: "tag", value: "cg", count: 2 },
    ]);
    expect(shared.status).toBe(400);
    expect(shared.body.error.message).toMatch(/shares them with pool 1/);
    const badTag = await createQuiz(deck.id, [{ source: "tag", value: "c++", count: 1 }]);
    expect(badTag.status).toBe(400);
    expect(Object.keys(badTag.body.error.fields)).toEqual(["pools.0.value"]);
    const badSource = await createQuiz(deck.id, [{ source: "deck", value: "x", count: 1 }]);
    expect(badSource.status).toBe(400);
    expect(await db.quiz.count({ where: { deckId: deck.id } })).toBe(before);
  });

  it("a pool that shrank after saving (questions archived) makes start a 409 that says which pool, with no attempt made", async () => {
    const deck = await makeDeck(owner.id, { questions: [1, 2, 3].map((n) => tagged(n, ["ns"])) });
    const quiz = (await createQuiz(deck.id, [{ source: "tag", value: "ns", count: 3 }])).body as { id: string };
    await db.question.update({ where: { id: deck.questions[0].id }, data: { archivedAt: new Date() } });
    const learner = await makeUser();
    signInAs(learner);
    const started = await call(startRoute.POST, { method: "POST", params: { quizId: quiz.id } });
    expect(started.status).toBe(409);
    expect(started.body.error.message).toMatch(/pool 1 \(tag “ns”\) draws 3 but the deck has 2 .*now/);
    expect(await db.quizAttempt.count({ where: { quizId: quiz.id } })).toBe(0);
  });

  it("a quiz without pools still draws questionCount from the whole deck", async () => {
    const deck = await makeDeck(owner.id, { count: 5 });
    signInAs(owner);
    const created = await call(quizzesRoute.POST, { body: { ...settings, deckId: deck.id, questionCount: 3 } });
    expect(created.status).toBe(201);
    expect(await takeAttempt(await makeUser(), created.body.id)).toHaveLength(3);
  });
});
