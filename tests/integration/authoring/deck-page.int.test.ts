import { describe, expect, it } from "vitest";
import { AUTHOR_PAGE_SIZE, getAuthorDeckPage } from "@/lib/authoring/deck-page";
import { reorderQuestions } from "@/lib/authoring/questions";
import { db } from "@/lib/db/client";
import { makeDeck, makeUser } from "@/tests/helpers/factories";

/** The deck editor shows a big deck a page at a time, and a page reorders only its own questions. */
describe("author deck pages", () => {
  async function bigDeck() {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const deck = await makeDeck(owner.id, { status: "DRAFT", count: 250 });
    const ids = deck.questions.map((q) => q.id);
    // Archive five from the middle: the editor lists live questions first, archived ones last.
    await db.question.updateMany({ where: { id: { in: ids.slice(10, 15) } }, data: { archivedAt: new Date() } });
    const live = [...ids.slice(0, 10), ...ids.slice(15)];
    return { actor: { id: owner.id, role: "INSTRUCTOR" as const }, deck, live, archived: ids.slice(10, 15) };
  }

  it("returns the right slices, the totals and the live offset; pages out of range are clamped", async () => {
    const { actor, deck, live, archived } = await bigDeck();
    expect(AUTHOR_PAGE_SIZE).toBe(100);
    const p1 = await getAuthorDeckPage(actor, deck.id, 1);
    expect(p1).toMatchObject({
      page: 1,
      pageSize: 100,
      pageCount: 3,
      total: 250,
      questionCount: 245,
      archivedQuestionCount: 5,
      liveOffset: 0,
    });
    expect(p1.questions.map((q) => q.id)).toEqual(live.slice(0, 100));
    const p2 = await getAuthorDeckPage(actor, deck.id, 2);
    expect(p2.questions.map((q) => q.id)).toEqual(live.slice(100, 200));
    expect(p2.liveOffset).toBe(100);
    const p3 = await getAuthorDeckPage(actor, deck.id, 3);
    expect(p3.questions.map((q) => q.id)).toEqual([...live.slice(200), ...archived]);
    expect(p3.questions.slice(-5).every((q) => q.archived)).toBe(true);
    expect((await getAuthorDeckPage(actor, deck.id, 99)).page).toBe(3);
    expect((await getAuthorDeckPage(actor, deck.id, 0)).page).toBe(1);
    expect((await getAuthorDeckPage(actor, deck.id, Number.NaN)).page).toBe(1);
  });

  it("another instructor's draft is a 404, as for the whole deck", async () => {
    const { deck } = await bigDeck();
    const other = await makeUser({ role: "INSTRUCTOR" });
    await expect(getAuthorDeckPage({ id: other.id, role: "INSTRUCTOR" }, deck.id, 1)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("a page reorders its own window; questions on other pages keep their places; a stale window is a 409", async () => {
    const { actor, deck, live } = await bigDeck();
    const window = live.slice(100, 200);
    await reorderQuestions(actor, deck.id, { order: [...window].reverse(), offset: 100 });
    expect((await getAuthorDeckPage(actor, deck.id, 2)).questions.map((q) => q.id)).toEqual([...window].reverse());
    expect((await getAuthorDeckPage(actor, deck.id, 1)).questions.map((q) => q.id)).toEqual(live.slice(0, 100));
    expect((await getAuthorDeckPage(actor, deck.id, 3)).questions.slice(0, 45).map((q) => q.id)).toEqual(
      live.slice(200),
    );

    // A question from page 1 sent as if it were on page 2: the deck "changed", nothing moves.
    const before = await db.question.findMany({
      where: { deckId: deck.id },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    await expect(
      reorderQuestions(actor, deck.id, { order: [live[0], ...window.slice(1)], offset: 100 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(
      await db.question.findMany({ where: { deckId: deck.id }, orderBy: { position: "asc" }, select: { id: true } }),
    ).toEqual(before);
  });
});
