import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { recordReview } from "@/lib/srs/reviews";
import { enroll, makeDeck, makeUser } from "@/tests/helpers/factories";
import { mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const exportDeck = await import("@/app/api/v1/author/decks/[deckId]/export.apkg/route");
const importDeck = await import("@/app/api/v1/author/decks/import-apkg/route");
const myCards = await import("@/app/api/v1/me/cards.apkg/route");
const myHistory = await import("@/app/api/v1/me/anki-history/route");

type User = Awaited<ReturnType<typeof makeUser>>;
let owner: User;
let other: User;
let learner: User;
beforeAll(async () => {
  owner = await makeUser({ role: "INSTRUCTOR" });
  other = await makeUser({ role: "INSTRUCTOR" });
  learner = await makeUser();
});

const ctx = (params: Record<string, string> = {}) => ({ params: Promise.resolve(params) });
const post = (url: string, body: Uint8Array, type = "application/octet-stream") =>
  new Request(url, { method: "POST", headers: { "content-type": type }, body: Buffer.from(body) });

async function download(res: Response): Promise<Uint8Array> {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-disposition")).toMatch(/attachment; filename=".+\.apkg"/);
  return new Uint8Array(await res.arrayBuffer());
}

describe("deck .apkg export and import (instructor)", () => {
  it("export → import makes a new draft deck with the same questions, in one go", async () => {
    const deck = await makeDeck(owner.id, { status: "DRAFT", count: 3 });
    signInAs(owner);
    const file = await download(await exportDeck.GET(new Request("http://localhost/x"), ctx({ deckId: deck.id })));
    const res = await importDeck.POST(post("http://localhost/api/v1/author/decks/import-apkg", file), ctx());
    expect(res.status).toBe(201);
    const report = (await res.json()) as { deckId: string; created: number; format: string };
    expect(report).toMatchObject({ created: 3, format: "anki2" });
    const copy = await db.deck.findUniqueOrThrow({
      where: { id: report.deckId },
      include: { questions: { orderBy: { position: "asc" } } },
    });
    expect(copy).toMatchObject({ ownerId: owner.id, status: "DRAFT", title: deck.title });
    const original = await db.question.findMany({ where: { deckId: deck.id }, orderBy: { position: "asc" } });
    expect(copy.questions.map((q) => [q.type, q.prompt, q.payload, q.explanation])).toEqual(
      original.map((q) => [q.type, q.prompt, q.payload, q.explanation]),
    );
  });

  it("another instructor's draft → 404; a learner → 403", async () => {
    const deck = await makeDeck(owner.id, { status: "DRAFT", count: 1 });
    signInAs(other);
    expect((await exportDeck.GET(new Request("http://localhost/x"), ctx({ deckId: deck.id }))).status).toBe(404);
    signInAs(learner);
    expect((await importDeck.POST(post("http://localhost/x", new Uint8Array([1])), ctx())).status).toBe(403);
  });

  it("a bad file → 400 naming file (never a 500), and no deck is written", async () => {
    signInAs(owner);
    const before = await db.deck.count();
    const res = await importDeck.POST(post("http://localhost/x", new TextEncoder().encode("not a zip")), ctx());
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { fields: Record<string, string[]> } }).error.fields.file).toEqual([
      "it is not a zip file",
    ]);
    const wrongType = await importDeck.POST(post("http://localhost/x", new Uint8Array([1]), "text/plain"), ctx());
    expect(wrongType.status).toBe(400);
    expect(await db.deck.count()).toBe(before);
  });
});

describe("learner cards with scheduling, and the review history back", () => {
  it("exports the learner's scheduling, and an import of their Anki history replays onto the cards", async () => {
    const deck = await makeDeck(owner.id, { status: "PUBLISHED", count: 2 });
    const student = await makeUser();
    await enroll(student.id, deck.id);
    const [q1, q2] = await db.question.findMany({ where: { deckId: deck.id }, orderBy: { position: "asc" } });
    const t0 = new Date(Date.now() - 10 * 86_400_000);
    await recordReview(student, { clientRequestId: "r1", questionId: q1.id, grade: 4, expectedVersion: 0 }, t0);
    signInAs(student);
    const file = await download(await myCards.GET(new Request("http://localhost/x"), ctx()));

    // Another learner who never studied here brings that history: both cards match by guid.
    const fresh = await makeUser();
    await enroll(fresh.id, deck.id);
    signInAs(fresh);
    const res = await myHistory.POST(post("http://localhost/x", file), ctx());
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ reviewsImported: 1, cardsUpdated: 1, deckId: null });
    const state = await db.reviewState.findUniqueOrThrow({
      where: { userId_questionId: { userId: fresh.id, questionId: q1.id } },
    });
    const original = await db.reviewState.findUniqueOrThrow({
      where: { userId_questionId: { userId: student.id, questionId: q1.id } },
    });
    expect(state).toMatchObject({
      repetitions: original.repetitions,
      intervalDays: original.intervalDays,
      easinessE4: original.easinessE4,
      dueAt: original.dueAt,
    });
    expect(await db.reviewState.count({ where: { userId: fresh.id, questionId: q2.id } })).toBe(0);

    // The same package again adds nothing: those reviews are already in the history.
    const again = await myHistory.POST(post("http://localhost/x", file), ctx());
    expect(await again.json()).toMatchObject({
      reviewsImported: 0,
      skipped: [{ what: "reviews", count: 1, reason: "already in your history here" }],
    });
    expect(await db.reviewLog.count({ where: { userId: fresh.id } })).toBe(1);
  });

  it("a learner not enrolled in the deck gets nothing written", async () => {
    const deck = await makeDeck(owner.id, { status: "PUBLISHED", count: 1 });
    const student = await makeUser();
    await enroll(student.id, deck.id);
    const [q] = await db.question.findMany({ where: { deckId: deck.id } });
    await recordReview(
      student,
      { clientRequestId: "r1", questionId: q.id, grade: 5, expectedVersion: 0 },
      new Date(Date.now() - 86_400_000),
    );
    signInAs(student);
    const file = await download(await myCards.GET(new Request("http://localhost/x"), ctx()));
    const outsider = await makeUser();
    signInAs(outsider);
    const res = await myHistory.POST(post("http://localhost/x", file), ctx());
    expect(await res.json()).toMatchObject({ reviewsImported: 0, cardsUpdated: 0 });
    expect(await db.reviewLog.count({ where: { userId: outsider.id } })).toBe(0);
  });
});
