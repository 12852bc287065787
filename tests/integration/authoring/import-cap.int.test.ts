import { describe, expect, it, vi } from "vitest";
import { IMPORT_MAX_QUESTIONS } from "@/lib/authoring/schemas";
import { db } from "@/lib/db/client";
import { makeDeck, makeUser } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const importRoute = await import("@/app/api/v1/decks/[deckId]/import/route");

const gift = (n: number) =>
  Array.from({ length: n }, (_, i) => `::Q${i + 1}:: Statement ${i + 1} holds. {T ####Because ${i + 1}.}`).join("\n\n");
const deckJson = (n: number) =>
  JSON.stringify({
    format: "layerwise.deck",
    version: 1,
    deck: { title: "Big" },
    questions: Array.from({ length: n }, (_, i) => ({
      type: "truefalse",
      prompt: `Statement ${i + 1}`,
      explanation: "Because.",
      payload: { answer: true },
    })),
  });

async function setup() {
  const instructor = await makeUser({ role: "INSTRUCTOR" });
  const deck = await makeDeck(instructor.id, { status: "DRAFT", count: 2 });
  signInAs(instructor);
  return deck;
}

const post = (deckId: string, rawBody: string, format: "gift" | "json") =>
  call(importRoute.POST, {
    params: { deckId },
    url: `http://localhost/api/v1/decks/${deckId}/import?format=${format}`,
    rawBody,
    contentType: format === "gift" ? "text/plain" : "application/json",
  });

describe("one import holds at most IMPORT_MAX_QUESTIONS questions", () => {
  it("is 2,000", () => expect(IMPORT_MAX_QUESTIONS).toBe(2000));

  it.each(["gift", "json"] as const)(
    "%s: 2,001 questions → 413 naming the cap and the count; nothing written",
    async (format) => {
      const deck = await setup();
      const res = await post(deck.id, format === "gift" ? gift(2001) : deckJson(2001), format);
      expect(res.status).toBe(413);
      expect(res.body.error.message).toContain("2,001");
      expect(res.body.error.message).toContain("2,000");
      expect(await db.question.count({ where: { deckId: deck.id } })).toBe(2);
    },
  );

  it("GIFT: a file with 2,001 question blocks is refused for its count even when some blocks are broken", async () => {
    const deck = await setup();
    const res = await post(deck.id, `${gift(2000)}\n\nnot a question at all`, "gift");
    expect(res.status).toBe(413);
    expect(res.body.error.message).toContain("2,001");
  });

  it("2,000 questions → all written, in order after the deck's own, in one transaction", async () => {
    const deck = await setup();
    const res = await post(deck.id, gift(2000), "gift");
    expect(res.status).toBe(201);
    expect(res.body.created).toBe(2000);
    expect(res.body.questions).toHaveLength(2000);
    const rows = await db.question.findMany({
      where: { deckId: deck.id },
      orderBy: { position: "asc" },
      select: { position: true, prompt: true },
    });
    expect(rows).toHaveLength(2002);
    expect(rows.map((r) => r.position)).toEqual(Array.from({ length: 2002 }, (_, i) => i));
    expect(rows[2].prompt).toBe("Statement 1 holds.");
    expect(rows[2001].prompt).toBe("Statement 2000 holds.");
    expect(new Set(res.body.questions.map((q: { id: string }) => q.id)).size).toBe(2000);
  }, 60_000);

  it("a failure part-way writes nothing (all or nothing across chunks)", async () => {
    const deck = await setup();
    const { importQuestions } = await import("@/lib/authoring/import-export");
    const instructor = await db.user.findFirstOrThrow({ where: { id: deck.ownerId } });
    // The chunked insert runs in one transaction: make its third chunk fail at the database.
    type AnyTx = { question: { createManyAndReturn: (args: unknown) => Promise<unknown> } };
    const original = db.$transaction.bind(db) as unknown as (
      fn: (tx: AnyTx) => Promise<unknown>,
      opts?: unknown,
    ) => Promise<unknown>;
    let chunk = 0;
    const client = (globalThis as unknown as { layerwiseDb: typeof db }).layerwiseDb; // behind lib/db/client's proxy
    const spy = vi.spyOn(client, "$transaction").mockImplementationOnce(((
      fn: (tx: AnyTx) => Promise<unknown>,
      opts?: unknown,
    ) =>
      original((tx) => {
        const real = tx.question.createManyAndReturn.bind(tx.question);
        tx.question.createManyAndReturn = async (args) => {
          if (++chunk === 3) throw new Error("disk full");
          return real(args);
        };
        return fn(tx);
      }, opts)) as never);
    await expect(
      importQuestions({ id: instructor.id, role: "INSTRUCTOR" }, deck.id, "gift", gift(1600)),
    ).rejects.toThrow("disk full");
    spy.mockRestore();
    expect(chunk).toBe(3);
    expect(await db.question.count({ where: { deckId: deck.id } })).toBe(2);
  }, 60_000);
});
