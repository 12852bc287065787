import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { startAttempt, submitAttempt } from "@/lib/quiz/attempts";
import { makeDeck, makeUser } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const startRoute = await import("@/app/api/v1/quizzes/[quizId]/attempts/route");
const quizzesRoute = await import("@/app/api/v1/quizzes/route");
const overridesRoute = await import("@/app/api/v1/author/quizzes/[quizId]/overrides/route");
const overrideRoute = await import("@/app/api/v1/author/quizzes/[quizId]/overrides/[userId]/route");

const T0 = new Date("2026-06-10T12:00:00Z");
const min = (m: number) => new Date(T0.getTime() + m * 60_000);

describe("quiz windows and per-learner overrides", () => {
  let owner: Awaited<ReturnType<typeof makeUser>>;
  beforeAll(async () => {
    owner = await makeUser({ role: "INSTRUCTOR" });
  });

  async function tenMinuteQuiz(data: { opensAt?: Date; closesAt?: Date; attemptsAllowed?: number } = {}) {
    const deck = await makeDeck(owner.id, { count: 3 });
    return db.quiz.create({
      data: { deckId: deck.id, title: "Ten minutes", questionCount: 2, timeLimitSeconds: 600, ...data },
    });
  }

  it("the ×1.5 learner's deadline is 15 minutes after the start, another learner's 10", async () => {
    const quiz = await tenMinuteQuiz();
    const [slow, plain] = [await makeUser(), await makeUser()];
    signInAs(owner);
    const saved = await call(overridesRoute.PUT, {
      method: "PUT",
      params: { quizId: quiz.id },
      body: { email: slow.email, timeFactor: 1.5 },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ userId: slow.id, timeFactor: 1.5, extraAttempts: 0, closesAt: null });
    const a = await startAttempt(slow.id, quiz.id, T0);
    const b = await startAttempt(plain.id, quiz.id, T0);
    expect(a.deadlineAt).toBe(min(15).toISOString());
    expect(b.deadlineAt).toBe(min(10).toISOString());
  });

  it("the close time caps the deadline, and a learner's later close moves it for them only", async () => {
    const quiz = await tenMinuteQuiz({ closesAt: min(4) });
    const [late, plain] = [await makeUser(), await makeUser()];
    await db.quizOverride.create({ data: { quizId: quiz.id, userId: late.id, timeFactor: 1.5, closesAt: min(60) } });
    expect((await startAttempt(plain.id, quiz.id, T0)).deadlineAt).toBe(min(4).toISOString());
    expect((await startAttempt(late.id, quiz.id, T0)).deadlineAt).toBe(min(15).toISOString());
    // After the quiz's close the plain learner cannot start; the learner with the later close still can.
    const other = await makeUser();
    await expect(startAttempt(other.id, quiz.id, min(5))).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This quiz closed at 2026-06-10 12:04 UTC.",
    });
  });

  it("learners cannot start before the open or after the close: 409 with the reason; the list says so", async () => {
    const now = Date.now();
    const soon = await tenMinuteQuiz({ opensAt: new Date(now + 3_600_000) });
    const over = await tenMinuteQuiz({ closesAt: new Date(now - 60_000) });
    const learner = await makeUser();
    signInAs(learner);
    const early = await call(startRoute.POST, { method: "POST", params: { quizId: soon.id } });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/^This quiz opens at \d{4}-\d\d-\d\d \d\d:\d\d UTC\.$/);
    expect(early.body.error.details).toEqual({ reason: "not-open" });
    const closed = await call(startRoute.POST, { method: "POST", params: { quizId: over.id } });
    expect(closed.status).toBe(409);
    expect(closed.body.error.message).toMatch(/^This quiz closed at/);
    expect(await db.quizAttempt.count({ where: { userId: learner.id } })).toBe(0);
    const list = (await call(quizzesRoute.GET)).body.quizzes as { id: string; canStart: boolean }[];
    expect(list.find((q) => q.id === soon.id)).toMatchObject({ canStart: false, startRefusal: "not-open" });
    expect(list.find((q) => q.id === over.id)).toMatchObject({ canStart: false, startRefusal: "closed" });
  });

  it("extra attempts hold under parallel starts: 1 + 2 extra = 3 attempts, never a 4th", async () => {
    const quiz = await tenMinuteQuiz({ attemptsAllowed: 1 });
    const learner = await makeUser();
    await db.quizOverride.create({ data: { quizId: quiz.id, userId: learner.id, extraAttempts: 2 } });
    for (let round = 0; round < 4; round++) {
      const at = min(round * 20);
      const outcomes = await Promise.allSettled(Array.from({ length: 4 }, () => startAttempt(learner.id, quiz.id, at)));
      const ids = new Set(outcomes.flatMap((o) => (o.status === "fulfilled" ? [o.value.id] : [])));
      if (round < 3) {
        expect(ids.size).toBe(1); // parallel starts resume the one attempt that won
        await submitAttempt(learner.id, [...ids][0], min(round * 20 + 1));
      } else {
        expect(ids.size).toBe(0);
        for (const o of outcomes) expect(o).toMatchObject({ reason: { code: "CONFLICT" } });
      }
    }
    expect(await db.quizAttempt.count({ where: { quizId: quiz.id, userId: learner.id } })).toBe(3);
  });

  it("override API: bad input names the field, unknown email is 404 on email, others' quizzes are refused, remove works", async () => {
    const quiz = await tenMinuteQuiz();
    const learner = await makeUser();
    const other = await makeUser({ role: "INSTRUCTOR" });
    const params = { quizId: quiz.id };
    signInAs(owner);
    const bad = await call(overridesRoute.PUT, {
      method: "PUT",
      params,
      body: { email: learner.email, timeFactor: 0.5, extraAttempts: -1, closesAt: "tomorrow" },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["closesAt", "extraAttempts", "timeFactor"]);
    const nobody = await call(overridesRoute.PUT, { method: "PUT", params, body: { email: "nobody@test.local" } });
    expect(nobody.status).toBe(404);
    expect(nobody.body.error.fields.email).toBeDefined();
    await call(overridesRoute.PUT, { method: "PUT", params, body: { email: learner.email, extraAttempts: 1 } });
    const edited = await call(overridesRoute.PUT, {
      method: "PUT",
      params,
      body: { email: learner.email, timeFactor: 2, extraAttempts: 3 },
    });
    expect(edited.body).toMatchObject({ timeFactor: 2, extraAttempts: 3 });
    expect((await call(overridesRoute.GET, { params })).body.overrides).toHaveLength(1);
    signInAs(other);
    expect((await call(overridesRoute.GET, { params })).status).toBe(403);
    expect(
      (await call(overrideRoute.DELETE, { method: "DELETE", params: { ...params, userId: learner.id } })).status,
    ).toBe(403);
    signInAs(learner);
    expect((await call(overridesRoute.GET, { params })).status).toBe(403);
    signInAs(owner);
    const removed = await call(overrideRoute.DELETE, { method: "DELETE", params: { ...params, userId: learner.id } });
    expect(removed.status).toBe(200);
    expect(await db.quizOverride.count({ where: { quizId: quiz.id } })).toBe(0);
    expect(
      (await call(overrideRoute.DELETE, { method: "DELETE", params: { ...params, userId: learner.id } })).status,
    ).toBe(404);
  });
});
