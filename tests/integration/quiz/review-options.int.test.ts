import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import type { ReviewOptions } from "@/lib/quiz/review-options";
import { makeDeck, makeUser } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const startRoute = await import("@/app/api/v1/quizzes/[quizId]/attempts/route");
const submitRoute = await import("@/app/api/v1/attempts/[attemptId]/submit/route");
const resultRoute = await import("@/app/api/v1/attempts/[attemptId]/result/route");
const quizRoute = await import("@/app/api/v1/quizzes/[quizId]/route");

const cells = (marks: boolean, answers: boolean, explanations: boolean) => ({ marks, answers, explanations });
/** A different row at each time, so each time's answer shows it was that row that applied. */
const MATRIX: ReviewOptions = {
  immediately: cells(true, false, false),
  later: cells(false, false, true),
  afterClose: cells(true, true, true),
};
const KEY_FIELDS = /"(solution|correct|feedback)"\s*:/;

describe("the result endpoint reveals exactly the review options' row for the time it is now", () => {
  it("immediately, later while open, after the close", async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const deck = await makeDeck(owner.id, { count: 3 });
    const quiz = await db.quiz.create({
      data: { deckId: deck.id, title: "Matrix", questionCount: 2, attemptsAllowed: 3, reviewOptions: MATRIX },
    });
    const learner = await makeUser();
    signInAs(learner);
    const started = await call(startRoute.POST, { method: "POST", params: { quizId: quiz.id } });
    const attemptId = started.body.id as string;
    await call(submitRoute.POST, { method: "POST", params: { attemptId } });
    const result = () => call(resultRoute.GET, { params: { attemptId } });

    const immediately = await result();
    expect(immediately.status).toBe(200);
    expect(immediately.body.review).toEqual({ time: "immediately", ...MATRIX.immediately });
    expect(immediately.body.scorePercent).toBe(0);
    expect(immediately.body.passed).toBe(false);
    expect(immediately.body.items.every((i: { result: unknown }) => i.result !== null)).toBe(true);
    expect(JSON.stringify(immediately.body)).not.toMatch(/"(solution|explanation)"\s*:/);

    // Three minutes later (the submit moved back), still open: only the explanations.
    const submittedAt = new Date(Date.now() - 3 * 60_000);
    await db.quizAttempt.update({ where: { id: attemptId }, data: { submittedAt } });
    const later = await result();
    expect(later.body.review).toEqual({ time: "later", ...MATRIX.later });
    expect(later.body).toMatchObject({ scorePercent: null, passed: null, missedQuestionIds: [] });
    expect(later.body.items.every((i: { result: unknown }) => i.result === null)).toBe(true);
    expect(later.body.items[0].explanation).toMatch(/^Because/);
    expect(JSON.stringify(later.body)).not.toMatch(KEY_FIELDS);
    expect(JSON.stringify(later.body)).not.toMatch(/"score"\s*:/);
    // The quiz page's attempt list hides the score too.
    const page = await call(quizRoute.GET, { params: { quizId: quiz.id } });
    expect(page.body.attempts[0]).toMatchObject({ scorePercent: null, passed: null });
    expect(page.body.bestScore).toBeNull();

    await db.quiz.update({ where: { id: quiz.id }, data: { closesAt: new Date(Date.now() - 1000) } });
    const closed = await result();
    expect(closed.body.review).toEqual({ time: "afterClose", ...MATRIX.afterClose });
    expect(closed.body.scorePercent).toBe(0);
    expect(closed.body.items[0].solution).toBeDefined();
    expect(closed.body.items[0].explanation).toMatch(/^Because/);
  });

  it("archiving closes the quiz for review too, and past results still render", async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const deck = await makeDeck(owner.id, { count: 3 });
    const quiz = await db.quiz.create({
      data: { deckId: deck.id, title: "Archived later", questionCount: 2, reviewOptions: MATRIX },
    });
    const learner = await makeUser();
    signInAs(learner);
    const started = await call(startRoute.POST, { method: "POST", params: { quizId: quiz.id } });
    await call(submitRoute.POST, { method: "POST", params: { attemptId: started.body.id } });
    await db.quiz.update({ where: { id: quiz.id }, data: { archivedAt: new Date() } });
    const res = await call(resultRoute.GET, { params: { attemptId: started.body.id } });
    expect(res.status).toBe(200);
    expect(res.body.review.time).toBe("afterClose");
  });

  it("pulls the missed questions into study only when the marks are shown right after the attempt", async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const deck = await makeDeck(owner.id, { count: 3 });
    const hidden: ReviewOptions = {
      immediately: cells(false, false, false),
      later: cells(false, false, false),
      afterClose: cells(true, true, true),
    };
    const dueAfterSubmit = async (reviewOptions: ReviewOptions) => {
      const quiz = await db.quiz.create({
        data: { deckId: deck.id, title: "Pull", questionCount: 2, attemptsAllowed: 1, reviewOptions },
      });
      const learner = await makeUser();
      signInAs(learner);
      const started = await call(startRoute.POST, { method: "POST", params: { quizId: quiz.id } });
      // Nothing answered: every drawn question is missed.
      await call(submitRoute.POST, { method: "POST", params: { attemptId: started.body.id as string } });
      return db.reviewState.count({ where: { userId: learner.id } });
    };
    expect(await dueAfterSubmit(MATRIX)).toBe(2);
    // Cards coming due would tell the learner which answers were wrong while the marks are hidden.
    expect(await dueAfterSubmit(hidden)).toBe(0);
  });
});
