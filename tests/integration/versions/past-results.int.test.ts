import { beforeAll, describe, expect, it, vi } from "vitest";
import { setQuestionArchived, updateQuestion } from "@/lib/authoring/questions";
import { db } from "@/lib/db/client";
import { saveAnswer, startAttempt, submitAttempt } from "@/lib/quiz/attempts";
import { makeDeck, makeUser } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const resultRoute = await import("@/app/api/v1/attempts/[attemptId]/result/route");

const T0 = new Date("2026-06-10T12:00:00Z");

describe("past results after the question is edited", () => {
  let owner: Awaited<ReturnType<typeof makeUser>>;
  beforeAll(async () => {
    owner = await makeUser({ role: "INSTRUCTOR" });
  });

  it("a submitted attempt's result still renders, with the prompt and key the learner answered", async () => {
    const learner = await makeUser();
    const deck = await makeDeck(owner.id, { count: 1 });
    const quiz = await db.quiz.create({
      data: { deckId: deck.id, title: "Q", questionCount: 1, timeLimitSeconds: 600, attemptsAllowed: 2 },
    });
    const view = await startAttempt(learner.id, quiz.id, T0);
    const q = view.questions[0];
    if (q.view.type !== "single") throw new Error("single expected");
    const chosen = q.view.options.find((o) => o.text === "right 1")!;
    await saveAnswer(learner.id, view.id, { questionId: q.id, answer: { choice: chosen.id } }, T0);
    await submitAttempt(learner.id, view.id, T0);

    // The author rewrites the question: the option the learner chose is gone.
    await updateQuestion(owner, q.id, {
      prompt: "Rewritten prompt",
      payload: {
        options: [
          { text: "new right", correct: true },
          { text: "new wrong", correct: false },
        ],
      },
    });

    signInAs(learner);
    const res = await call(resultRoute.GET, { params: { attemptId: view.id } });
    expect(res.status).toBe(200);
    expect(res.body.scorePercent).toBe(100);
    const item = res.body.items[0];
    expect(item.question.prompt).toBe("Question 1: which one?");
    expect(item.result.correct).toBe(true);
    expect(item.solution).toMatchObject({ type: "single", correct: chosen.id });

    // Archived as well: still renders.
    await setQuestionArchived(owner, q.id, true);
    const archived = await call(resultRoute.GET, { params: { attemptId: view.id } });
    expect(archived.status).toBe(200);
    expect(archived.body.items[0].question.prompt).toBe("Question 1: which one?");
  });

  it("an attempt from before versions whose question changed before the migration still renders its stored score", async () => {
    const learner = await makeUser();
    const deck = await makeDeck(owner.id, { count: 1 });
    const quiz = await db.quiz.create({ data: { deckId: deck.id, title: "Legacy", questionCount: 1 } });
    const view = await startAttempt(learner.id, quiz.id, T0);
    const q = view.questions[0];
    if (q.view.type !== "single") throw new Error("single expected");
    const chosen = q.view.options.find((o) => o.text === "right 1")!;
    await saveAnswer(learner.id, view.id, { questionId: q.id, answer: { choice: chosen.id } }, T0);
    await submitAttempt(learner.id, view.id, T0);
    // As left by the code before versions: no pin, no stored version, content rewritten in place.
    await db.quizAttempt.update({ where: { id: view.id }, data: { items: [{ questionId: q.id, order: {} }] } });
    await db.questionVersion.deleteMany({ where: { questionId: q.id } });
    await db.question.update({
      where: { id: q.id },
      data: {
        payload: {
          options: [
            { text: "x", correct: true },
            { text: "y", correct: false },
          ],
        },
      },
    });
    signInAs(learner);
    const res = await call(resultRoute.GET, { params: { attemptId: view.id } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ scorePercent: 100, passed: true });
    expect(res.body.items[0].result).toMatchObject({ correct: true, score: 1 });
  });
});
