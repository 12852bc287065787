import { beforeAll, describe, expect, it, vi } from "vitest";
import { exportDeck, importQuestions } from "@/lib/authoring/import-export";
import { db } from "@/lib/db/client";
import { makeDeck, makeUser } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const importRoute = await import("@/app/api/v1/decks/[deckId]/import/route");
const exportRoute = await import("@/app/api/v1/decks/[deckId]/export/route");

type User = Awaited<ReturnType<typeof makeUser>>;
let owner: User;
beforeAll(async () => {
  owner = await makeUser({ role: "INSTRUCTOR" });
});

/** A draft deck with chapter 4.3 (plain GIFT questions take the deck's chapter as their section). */
async function emptyDeck() {
  const deck = await makeDeck(owner.id, { status: "DRAFT", count: 1 });
  await db.deck.update({ where: { id: deck.id }, data: { chapter: "4.3" } });
  return deck;
}

// Line 9 holds the bad question: a single-choice block with two right answers.
const BAD_GIFT = [
  "// Three questions; the second is incomplete.",
  "",
  "::Q1:: Which process is the long-running server of Docker Engine? {",
  "  =dockerd",
  "  ~docker",
  "  ####dockerd is the daemon; docker is the client.",
  "}",
  "",
  "::Q2:: Which component manages the container lifecycle for the daemon? {=containerd =runc ~crun ####containerd supervises containers and calls runc.}",
  "",
  "::Q3:: runc is an OCI runtime. {TRUE####It is the reference implementation of the runtime spec.}",
  "",
].join("\n");
const GOOD_GIFT = BAD_GIFT.replace("=runc", "~runc");

const importUrl = (q: string) => `http://localhost/api/v1/decks/x/import?${q}`;

describe("import", () => {
  it("a GIFT file with one bad question on line 9 → 400 naming line 9, and nothing is written", async () => {
    const deck = await emptyDeck();
    signInAs(owner);
    const res = await call(importRoute.POST, {
      params: { deckId: deck.id },
      url: importUrl("format=gift"),
      rawBody: BAD_GIFT,
      contentType: "text/plain",
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("BAD_REQUEST");
    expect(Object.keys(res.body.error.fields)).toEqual(["line 9"]);
    expect(res.body.error.fields["line 9"][0]).toMatch(/Exactly one option must be correct/);
    expect(res.body.error.details.errors).toEqual([{ line: 9, message: expect.any(String) }]);
    expect(res.body.error.message).toMatch(/line 9/);
    expect(await db.question.count({ where: { deckId: deck.id } })).toBe(1);
  });

  it("a good GIFT file adds every question at the end of the deck, in file order, with the deck's chapter as section", async () => {
    const deck = await emptyDeck();
    signInAs(owner);
    const res = await call(importRoute.POST, {
      params: { deckId: deck.id },
      url: importUrl("format=gift"),
      rawBody: GOOD_GIFT,
      contentType: "text/plain",
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ dryRun: false, format: "gift", created: 3 });
    expect(res.body.questions.map((q: { type: string }) => q.type)).toEqual(["single", "single", "truefalse"]);
    const rows = await db.question.findMany({ where: { deckId: deck.id }, orderBy: { position: "asc" } });
    expect(rows.map((r) => r.position)).toEqual([0, 1, 2, 3]);
    expect(rows.slice(1).map((r) => r.id)).toEqual(res.body.questions.map((q: { id: string }) => q.id));
    expect(rows.slice(1).every((r) => r.section === "4.3")).toBe(true);
  });

  it("dry run returns the preview and writes nothing", async () => {
    const deck = await emptyDeck();
    signInAs(owner);
    const res = await call(importRoute.POST, {
      params: { deckId: deck.id },
      url: importUrl("format=gift&dryRun=true"),
      rawBody: GOOD_GIFT,
      contentType: "text/plain",
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: true, created: 0 });
    expect(res.body.questions).toHaveLength(3);
    expect(res.body.questions[0]).toMatchObject({
      id: null,
      type: "single",
      section: "4.3",
      prompt: expect.stringContaining("long-running server"),
    });
    expect(await db.question.count({ where: { deckId: deck.id } })).toBe(1);
    // A dry run of a bad file shows the same line-numbered errors.
    const bad = await call(importRoute.POST, {
      params: { deckId: deck.id },
      url: importUrl("dryRun=true"),
      rawBody: BAD_GIFT,
      contentType: "text/plain",
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields["line 9"]).toBeDefined();
  });

  it("an upload over 1 MiB → 413 and nothing is written", async () => {
    const deck = await emptyDeck();
    signInAs(owner);
    const big = GOOD_GIFT + `\n// ${"x".repeat(1024 * 1024)}\n`;
    const res = await call(importRoute.POST, {
      params: { deckId: deck.id },
      url: importUrl("format=gift"),
      rawBody: big,
      contentType: "text/plain",
    });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(await db.question.count({ where: { deckId: deck.id } })).toBe(1);
    await expect(importQuestions(owner, deck.id, "gift", big)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
  });

  it("the wrong content type is a 400 that says what to send", async () => {
    const deck = await emptyDeck();
    signInAs(owner);
    const res = await call(importRoute.POST, {
      params: { deckId: deck.id },
      url: importUrl("format=gift"),
      rawBody: GOOD_GIFT,
      contentType: "multipart/form-data",
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields["content-type"]).toBeDefined();
  });

  it("JSON: an export imported into another deck copies every question with new ids; bad JSON names its line", async () => {
    const source = await makeDeck(owner.id, { count: 3, status: "PUBLISHED" });
    const target = await emptyDeck();
    signInAs(owner);
    const exported = await call(exportRoute.GET, {
      params: { deckId: source.id },
      url: "http://localhost/api/v1/decks/x/export?format=json",
    });
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-disposition")).toBe(`attachment; filename="${source.slug}.deck.json"`);
    expect(exported.headers.get("content-type")).toMatch(/^application\/json/);
    const text = JSON.stringify(exported.body, null, 2);

    const res = await call(importRoute.POST, {
      params: { deckId: target.id },
      url: importUrl(""),
      rawBody: text,
      contentType: "application/json",
    });
    expect(res.status).toBe(201);
    expect(res.body.format).toBe("json");
    const copied = await db.question.findMany({ where: { deckId: target.id }, orderBy: { position: "asc" } });
    expect(copied.slice(1).map((q) => q.prompt)).toEqual(source.questions.map((q) => q.prompt));
    expect(copied.slice(1).map((q) => q.payload)).toEqual(source.questions.map((q) => q.payload));
    expect(copied.some((q) => source.questions.some((s) => s.id === q.id))).toBe(false);

    const broken = text.replace('"correct": true', '"correct": "yes"');
    const lineOfBroken = broken.split("\n").findIndex((l) => l.includes('"yes"')) + 1;
    const bad = await call(importRoute.POST, {
      params: { deckId: target.id },
      url: importUrl("format=json"),
      rawBody: broken,
      contentType: "application/json",
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[`line ${lineOfBroken}`]).toBeDefined();
    expect(await db.question.count({ where: { deckId: target.id } })).toBe(4);
  });

  it("GIFT export round-trips through import", async () => {
    const source = await makeDeck(owner.id, { count: 2 });
    const file = await exportDeck(owner, source.id, "gift");
    expect(file.filename).toBe(`${source.slug}.gift`);
    const target = await emptyDeck();
    const result = await importQuestions(owner, target.id, "gift", file.text);
    expect(result.created).toBe(2);
    const rows = await db.question.findMany({ where: { deckId: target.id }, orderBy: { position: "asc" } });
    expect(rows.slice(1).map((r) => [r.type, r.prompt, r.explanation, r.section, r.payload])).toEqual(
      source.questions.map((r) => [r.type, r.prompt, r.explanation, r.section, r.payload]),
    );
  });

  it("archived questions are not exported", async () => {
    const source = await makeDeck(owner.id, { count: 2 });
    await db.question.update({ where: { id: source.questions[0].id }, data: { archivedAt: new Date() } });
    const file = await exportDeck(owner, source.id, "json");
    expect(JSON.parse(file.text).questions.map((q: { id: string }) => q.id)).toEqual([source.questions[1].id]);
  });
});
