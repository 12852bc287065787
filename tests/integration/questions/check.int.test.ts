import { describe, expect, it, vi } from "vitest";
import { textId } from "@/lib/questions/ids";
import { makeDeck, makeUser } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const check = await import("@/app/api/v1/study/check/route");
const deckRoute = await import("@/app/api/v1/decks/[deckId]/route");
const decksRoute = await import("@/app/api/v1/decks/route");
const enrollment = await import("@/app/api/v1/decks/[deckId]/enrollment/route");

describe("checking an answer and browsing decks", () => {
  it("grades a right answer and returns the solution and explanation", async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const deck = await makeDeck(owner.id, { count: 1 });
    signInAs(await makeUser());
    const res = await call(check.POST, {
      body: { questionId: deck.questions[0].id, answer: { choice: textId("o", "right 1") } },
    });
    expect(res.status).toBe(200);
    expect(res.body.result).toMatchObject({ correct: true, score: 1 });
    expect(res.body.solution).toMatchObject({ type: "single", correct: textId("o", "right 1") });
    expect(res.body.explanation).toBe("Because 1.");
  });

  it("revealing without an answer is self-graded like a flashcard: correct null, no fail", async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const deck = await makeDeck(owner.id, { count: 1 });
    signInAs(await makeUser());
    const res = await call(check.POST, { body: { questionId: deck.questions[0].id } });
    expect(res.status).toBe(200);
    // null, not false: the study screen caps grades at 2 only for a submitted wrong answer.
    expect(res.body.result).toEqual({ correct: null, score: 0, feedback: [] });
    expect(res.body.solution).toMatchObject({ type: "single", correct: textId("o", "right 1") });
  });

  it.each([
    [{ text: "right 1" }, "answer"],
    [{ choice: 3 }, "answer.choice"],
    [{ choice: "o-unknown" }, "answer.choice"],
  ])("an answer of the wrong shape %j is 400 naming %s", async (answer, field) => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const deck = await makeDeck(owner.id, { count: 1 });
    signInAs(await makeUser());
    const res = await call(check.POST, { body: { questionId: deck.questions[0].id, answer } });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).some((k) => k.startsWith(field))).toBe(true);
  });

  it("a question of a draft deck, or an unknown one, is 404; so is a draft deck", async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const draft = await makeDeck(owner.id, { status: "DRAFT", count: 1 });
    signInAs(await makeUser());
    expect((await call(check.POST, { body: { questionId: draft.questions[0].id } })).status).toBe(404);
    expect((await call(check.POST, { body: { questionId: "nope" } })).status).toBe(404);
    expect((await call(deckRoute.GET, { params: { deckId: draft.id } })).status).toBe(404);
    expect((await call(enrollment.PUT, { method: "PUT", params: { deckId: draft.id } })).status).toBe(404);
  });

  it("lists published decks with counts per type, and a deck's questions without answer keys", async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const deck = await makeDeck(owner.id, { count: 3 });
    const learner = await makeUser();
    signInAs(learner);
    const list = await call(decksRoute.GET);
    const mine = list.body.decks.find((d: { id: string }) => d.id === deck.id);
    expect(mine).toMatchObject({ questionCount: 3, countsByType: { single: 3 }, enrolled: false });
    const detail = await call(deckRoute.GET, { params: { deckId: deck.slug } });
    expect(detail.body.questions).toHaveLength(3);
    expect(JSON.stringify(detail.body)).not.toMatch(/"correct"|"explanation"|Because/);
    expect((await call(enrollment.PUT, { method: "PUT", params: { deckId: deck.id } })).body).toEqual({
      deckId: deck.id,
      enrolled: true,
    });
    expect((await call(decksRoute.GET)).body.decks.find((d: { id: string }) => d.id === deck.id).enrolled).toBe(true);
  });
});
