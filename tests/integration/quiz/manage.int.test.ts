import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { REVIEW_PRESETS } from "@/lib/quiz/review-options";
import { makeDeck, makeUser } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const quizRoute = await import("@/app/api/v1/author/quizzes/[quizId]/route");
const duplicateRoute = await import("@/app/api/v1/author/quizzes/[quizId]/duplicate/route");
const quizzesRoute = await import("@/app/api/v1/quizzes/route");
const startRoute = await import("@/app/api/v1/quizzes/[quizId]/attempts/route");
const submitRoute = await import("@/app/api/v1/attempts/[attemptId]/submit/route");
const resultRoute = await import("@/app/api/v1/attempts/[attemptId]/result/route");

async function setUp() {
  const owner = await makeUser({ role: "INSTRUCTOR" });
  const deck = await makeDeck(owner.id, { count: 3 });
  const quiz = await db.quiz.create({ data: { deckId: deck.id, title: "Thirty-second test", questionCount: 2 } });
  return { owner, deck, quiz, params: { quizId: quiz.id } };
}

describe("managing quizzes", () => {
  it("the owner edits settings, window and review options; bad input names the field and writes nothing", async () => {
    const { owner, quiz, params } = await setUp();
    signInAs(owner);
    const ok = await call(quizRoute.PATCH, {
      method: "PATCH",
      params,
      body: {
        title: "Chapter check",
        timeLimitSeconds: 300,
        opensAt: "2026-12-01T09:00:00Z",
        closesAt: "2026-12-08T09:00:00Z",
        reviewOptions: REVIEW_PRESETS.AFTER_LAST_ATTEMPT,
      },
    });
    expect(ok.status).toBe(200);
    expect(await db.quiz.findUniqueOrThrow({ where: { id: quiz.id } })).toMatchObject({
      title: "Chapter check",
      timeLimitSeconds: 300,
      opensAt: new Date("2026-12-01T09:00:00Z"),
      reviewOptions: REVIEW_PRESETS.AFTER_LAST_ATTEMPT,
    });
    const bad = await call(quizRoute.PATCH, {
      method: "PATCH",
      params,
      body: { title: "", attemptsAllowed: 0, reviewOptions: { immediately: {} } },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).some((k) => k.startsWith("reviewOptions"))).toBe(true);
    expect(bad.body.error.fields.title).toBeDefined();
    expect(bad.body.error.fields.attemptsAllowed).toBeDefined();
    // A close before the stored open is refused on closesAt.
    const early = await call(quizRoute.PATCH, { method: "PATCH", params, body: { closesAt: "2026-11-30T09:00:00Z" } });
    expect(early.status).toBe(400);
    expect(early.body.error.fields.closesAt).toBeDefined();
    const unknown = await call(quizRoute.PATCH, { method: "PATCH", params, body: { deckId: "elsewhere" } });
    expect(unknown.status).toBe(400);
    expect((await db.quiz.findUniqueOrThrow({ where: { id: quiz.id } })).title).toBe("Chapter check");
  });

  it("another instructor gets 403, a learner 403, a missing quiz 404", async () => {
    const { params } = await setUp();
    signInAs(await makeUser({ role: "INSTRUCTOR" }));
    expect((await call(quizRoute.PATCH, { method: "PATCH", params, body: { title: "Mine" } })).status).toBe(403);
    expect((await call(duplicateRoute.POST, { method: "POST", params })).status).toBe(403);
    expect((await call(quizRoute.DELETE, { method: "DELETE", params })).status).toBe(403);
    signInAs(await makeUser());
    expect((await call(quizRoute.PATCH, { method: "PATCH", params, body: { archived: true } })).status).toBe(403);
    signInAs(await makeUser({ role: "ADMIN" }));
    const none = await call(quizRoute.PATCH, { method: "PATCH", params: { quizId: "nope" }, body: { title: "x" } });
    expect(none.status).toBe(404);
  });

  it("duplicate makes “Copy of …” with the same settings and no attempts or overrides", async () => {
    const { owner, quiz, params } = await setUp();
    const learner = await makeUser();
    await db.quizOverride.create({ data: { quizId: quiz.id, userId: learner.id, timeFactor: 2 } });
    signInAs(learner);
    const started = await call(startRoute.POST, { method: "POST", params });
    expect(started.status).toBe(201);
    signInAs(owner);
    const copy = await call(duplicateRoute.POST, { method: "POST", params });
    expect(copy.status).toBe(201);
    expect(copy.body.title).toBe("Copy of Thirty-second test");
    const row = await db.quiz.findUniqueOrThrow({
      where: { id: copy.body.id },
      include: { _count: { select: { attempts: true, overrides: true } } },
    });
    expect(row).toMatchObject({ deckId: quiz.deckId, questionCount: 2, _count: { attempts: 0, overrides: 0 } });
  });

  it("archive hides the quiz from learners and refuses starts, keeps results; unarchive brings it back", async () => {
    const { owner, params } = await setUp();
    const learner = await makeUser();
    signInAs(learner);
    const started = await call(startRoute.POST, { method: "POST", params });
    await call(submitRoute.POST, { method: "POST", params: { attemptId: started.body.id } });
    signInAs(owner);
    const archived = await call(quizRoute.PATCH, { method: "PATCH", params, body: { archived: true } });
    expect(archived.body).toEqual({ id: params.quizId, archived: true });
    signInAs(learner);
    const listed = (await call(quizzesRoute.GET)).body.quizzes.map((q: { id: string }) => q.id);
    expect(listed).not.toContain(params.quizId);
    expect((await call(startRoute.POST, { method: "POST", params })).status).toBe(404);
    const result = await call(resultRoute.GET, { params: { attemptId: started.body.id } });
    expect(result.status).toBe(200);
    expect(result.body.items).toHaveLength(2);
    signInAs(owner);
    await call(quizRoute.PATCH, { method: "PATCH", params, body: { archived: false } });
    signInAs(learner);
    expect((await call(quizzesRoute.GET)).body.quizzes.map((q: { id: string }) => q.id)).toContain(params.quizId);
  });

  it("delete works only without attempts; with attempts it is 409 telling them to archive", async () => {
    const { owner, params } = await setUp();
    const learner = await makeUser();
    signInAs(learner);
    await call(startRoute.POST, { method: "POST", params });
    signInAs(owner);
    const refused = await call(quizRoute.DELETE, { method: "DELETE", params });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/1 attempt.*archive it instead/);
    expect(await db.quiz.count({ where: { id: params.quizId } })).toBe(1);
    const fresh = await setUp();
    signInAs(fresh.owner);
    const deleted = await call(quizRoute.DELETE, { method: "DELETE", params: fresh.params });
    expect(deleted.status).toBe(200);
    expect(await db.quiz.count({ where: { id: fresh.quiz.id } })).toBe(0);
  });
});
