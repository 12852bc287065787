import { beforeAll, describe, expect, it, vi } from "vitest";
import { publishDeck } from "@/lib/authoring/decks";
import { updateQuestion } from "@/lib/authoring/questions";
import { db } from "@/lib/db/client";
import { saveAnswer, startAttempt, submitAttempt } from "@/lib/quiz/attempts";
import { getAttemptResult } from "@/lib/quiz/results";
import { makeDeck, makeUser } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const regradeRoute = await import("@/app/api/v1/quizzes/[quizId]/regrade/route");

const T0 = new Date("2026-06-10T12:00:00Z");
type User = Awaited<ReturnType<typeof makeUser>>;
let owner: User;
beforeAll(async () => {
  owner = await makeUser({ role: "INSTRUCTOR" });
});

/** Two questions; the learner picks `pick1` on the first and the right option on the second. */
async function setUp() {
  const deck = await makeDeck(owner.id, { count: 2 });
  const quiz = await db.quiz.create({
    data: { deckId: deck.id, title: "Regrade me", questionCount: 2, shuffle: false, passMarkPercent: 70 },
  });
  const attempt = async (learner: User, pick1: "right 1" | "wrong 1") => {
    const view = await startAttempt(learner.id, quiz.id, T0);
    for (const q of view.questions) {
      if (q.view.type !== "single") throw new Error("single expected");
      const text = q.id === deck.questions[0].id ? pick1 : "right 2";
      const choice = q.view.options.find((o) => o.text === text)!.id;
      await saveAnswer(learner.id, view.id, { questionId: q.id, answer: { choice } }, T0);
    }
    await submitAttempt(learner.id, view.id, T0);
    return view.id;
  };
  return { deck, quiz, attempt };
}

const regrade = (quizId: string, dryRun: boolean) =>
  call(regradeRoute.POST, {
    method: "POST",
    url: `http://localhost/api/v1/quizzes/${quizId}/regrade${dryRun ? "?dryRun=1" : ""}`,
    params: { quizId },
  });

describe("regrade", () => {
  it("after a key fix: the dry run lists the change without writing; apply writes it; a second apply changes nothing", async () => {
    const { deck, quiz, attempt } = await setUp();
    const alice = await makeUser();
    const bob = await makeUser();
    const aliceAttempt = await attempt(alice, "wrong 1"); // 50 %: the key says "right 1"
    const bobAttempt = await attempt(bob, "right 1"); // 100 %

    // The key was wrong: "wrong 1" is the right answer. Fixed and published.
    await updateQuestion(owner, deck.questions[0].id, {
      payload: {
        options: [
          { text: "right 1", correct: false },
          { text: "wrong 1", correct: true },
        ],
      },
    });
    await publishDeck(owner, deck.id);

    signInAs(owner);
    const dry = await regrade(quiz.id, true);
    expect(dry.status).toBe(200);
    expect(dry.body.dryRun).toBe(true);
    const row = (id: string) => dry.body.attempts.find((a: { attemptId: string }) => a.attemptId === id);
    expect(row(aliceAttempt)).toMatchObject({
      learner: { id: alice.id, email: alice.email },
      oldScorePercent: 50,
      newScorePercent: 100,
      oldPassed: false,
      newPassed: true,
      changedResponses: 1,
    });
    expect(row(bobAttempt)).toMatchObject({
      oldScorePercent: 100,
      newScorePercent: 50,
      oldPassed: true,
      newPassed: false,
    });
    expect(dry.body.changedAttempts).toBe(2);
    // Nothing written.
    expect(await db.quizAttempt.findUniqueOrThrow({ where: { id: aliceAttempt } })).toMatchObject({
      scorePercent: 50,
      passed: false,
    });
    expect((await getAttemptResult(alice.id, aliceAttempt)).scorePercent).toBe(50);

    const applied = await regrade(quiz.id, false);
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ dryRun: false, changedAttempts: 2 });
    const result = await getAttemptResult(alice.id, aliceAttempt);
    expect(result).toMatchObject({ scorePercent: 100, passed: true });
    // The learner's answer stays; the result now shows the fixed key it was graded against.
    expect(result.items[0]).toMatchObject({ result: { correct: true, score: 1 } });
    expect(result.items[0].answer).toEqual(
      (await db.quizResponse.findFirstOrThrow({ where: { attemptId: aliceAttempt, questionId: deck.questions[0].id } }))
        .answer,
    );
    expect(await db.quizAttempt.findUniqueOrThrow({ where: { id: bobAttempt } })).toMatchObject({
      scorePercent: 50,
      passed: false,
    });

    const snapshot = await db.quizResponse.findMany({
      where: { attempt: { quizId: quiz.id } },
      orderBy: { id: "asc" },
    });
    const again = await regrade(quiz.id, false);
    expect(again.body.changedAttempts).toBe(0);
    expect(
      again.body.attempts.every(
        (a: { oldScorePercent: number; newScorePercent: number }) => a.oldScorePercent === a.newScorePercent,
      ),
    ).toBe(true);
    expect(await db.quizResponse.findMany({ where: { attempt: { quizId: quiz.id } }, orderBy: { id: "asc" } })).toEqual(
      snapshot,
    );
  });

  it("an unpublished key fix is not used; learners get 403; another instructor 403; bad dryRun is a 400", async () => {
    const { deck, quiz, attempt } = await setUp();
    const learner = await makeUser();
    const id = await attempt(learner, "wrong 1");
    await updateQuestion(owner, deck.questions[0].id, {
      payload: {
        options: [
          { text: "right 1", correct: false },
          { text: "wrong 1", correct: true },
        ],
      },
    }); // a draft only
    signInAs(owner);
    const dry = await regrade(quiz.id, true);
    expect(dry.body.attempts[0]).toMatchObject({ attemptId: id, oldScorePercent: 50, newScorePercent: 50 });

    signInAs(learner);
    expect((await regrade(quiz.id, true)).status).toBe(403);
    expect((await regrade(quiz.id, false)).status).toBe(403);
    signInAs(await makeUser({ role: "INSTRUCTOR" }));
    expect((await regrade(quiz.id, false)).status).toBe(403);
    signInAs(owner);
    const bad = await call(regradeRoute.POST, {
      method: "POST",
      url: `http://localhost/api/v1/quizzes/${quiz.id}/regrade?dryRun=maybe`,
      params: { quizId: quiz.id },
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.error)).toContain("dryRun");
    expect(await db.quizAttempt.findUniqueOrThrow({ where: { id } })).toMatchObject({ scorePercent: 50 });
  });
});
