import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { pageParams, searchText } from "@/lib/page-input";
import { makeDeck, makeUser } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const deckRoute = await import("@/app/api/v1/decks/[deckId]/route");
const authorDeckRoute = await import("@/app/api/v1/author/decks/[deckId]/route");
const importRoute = await import("@/app/api/v1/decks/[deckId]/import/route");
const usersRoute = await import("@/app/api/v1/admin/users/route");
const nextauth = await import("@/app/api/auth/[...nextauth]/route");

/** The named cases behind the generated test (bad-input-fuzz): each was a 500 before. */
describe("text Postgres cannot store is a 400 naming the field", () => {
  it("NUL in a path param, the query and the body", async () => {
    const instructor = await makeUser({ role: "INSTRUCTOR" });
    const deck = await makeDeck(instructor.id, { status: "DRAFT" });
    signInAs(instructor);
    const inPath = await call(deckRoute.GET, { params: { deckId: "abc\u0000" } });
    expect(inPath.status).toBe(400);
    expect(inPath.body.error.fields["params.deckId"][0]).toMatch(/NUL/);

    const admin = await makeUser({ role: "ADMIN" });
    signInAs(admin);
    const inQuery = await call(usersRoute.GET, { url: "http://localhost/api/v1/admin/users?q=%00" });
    expect(inQuery.status).toBe(400);
    expect(inQuery.body.error.fields["query.q"][0]).toMatch(/NUL/);

    signInAs(instructor);
    const inBody = await call(authorDeckRoute.PATCH, {
      method: "PATCH",
      params: { deckId: deck.id },
      body: { title: "Deck\u0000" },
    });
    expect(inBody.status).toBe(400);
    expect(inBody.body.error.fields.title[0]).toMatch(/NUL/);
    const lone = await call(authorDeckRoute.PATCH, {
      method: "PATCH",
      params: { deckId: deck.id },
      rawBody: '{"description":"\\ud800"}',
    });
    expect(lone.status).toBe(400);
    expect(lone.body.error.fields.description[0]).toMatch(/lone surrogate/);
    expect((await db.deck.findUniqueOrThrow({ where: { id: deck.id } })).title).toBe(deck.title);
  });

  it("an undecodable path (the params promise rejects) is a 400 naming the path", async () => {
    signInAs(await makeUser());
    const res = await deckRoute.GET(new Request("http://localhost/api/v1/decks/%FF"), {
      params: Promise.reject(new URIError("URI malformed")),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields.path).toBeDefined();
  });

  it("deep nesting is refused before any code recurses into it", async () => {
    const instructor = await makeUser({ role: "INSTRUCTOR" });
    const deck = await makeDeck(instructor.id, { status: "DRAFT" });
    signInAs(instructor);
    const res = await call(authorDeckRoute.PATCH, {
      method: "PATCH",
      params: { deckId: deck.id },
      rawBody: `{"title":${"[".repeat(10_000)}${"]".repeat(10_000)}}`,
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error.fields)).toMatch(/Nested more than/);
  });

  it("an import file with NUL (raw or as a JSON escape) names the line or question and writes nothing", async () => {
    const instructor = await makeUser({ role: "INSTRUCTOR" });
    const deck = await makeDeck(instructor.id, { status: "DRAFT", count: 1 });
    signInAs(instructor);
    const raw = await call(importRoute.POST, {
      params: { deckId: deck.id },
      rawBody: "::A:: fine {T ####e}\n\n::B:: bad\u0000 {T ####e}\n",
      contentType: "text/plain",
    });
    expect(raw.status).toBe(400);
    expect(raw.body.error.fields["line 3"]).toBeDefined();
    const file = {
      format: "layerwise.deck",
      version: 1,
      deck: { title: "t" },
      questions: [{ type: "truefalse", prompt: "p\u0000", explanation: "e", payload: { answer: true } }],
    };
    const escaped = await call(importRoute.POST, {
      params: { deckId: deck.id },
      rawBody: JSON.stringify(file),
      contentType: "application/json",
    });
    expect(escaped.status).toBe(400);
    expect(escaped.body.error.fields["question 1"][0]).toMatch(/prompt.*NUL/);
    expect(await db.question.count({ where: { deckId: deck.id } })).toBe(1);
  });

  it("the sign-in route refuses NUL in the form before next-auth or the rate limit touch the database", async () => {
    const form = new URLSearchParams({ email: "a\u0000@example.com", password: "whatever-pw", csrfToken: "x" });
    const req = new Request("http://localhost/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: form,
    });
    const res = await nextauth.POST(req, { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.fields.email).toBeDefined();
    expect(new URL(body.url).searchParams.get("error")).toBe("CredentialsSignin");
    expect(await db.signInAttempt.count()).toBe(0);
  });
});

describe("pages", () => {
  const notFound = (p: Promise<unknown>) =>
    expect(p).rejects.toMatchObject({ digest: expect.stringMatching(/404|NOT_FOUND/) });

  it("undecodable or unstorable route params render the not-found page; good ones pass", async () => {
    const rejected = Promise.reject(new URIError("URI malformed"));
    rejected.catch(() => {});
    await notFound(pageParams(rejected));
    await notFound(pageParams(Promise.resolve({ deckId: "x\u0000" })));
    await notFound(pageParams(Promise.resolve({ deckId: "\udc00" })));
    await expect(pageParams(Promise.resolve({ deckId: "docker-images" }))).resolves.toEqual({
      deckId: "docker-images",
    });
  });

  it("a search param that is not storable text counts as absent", () => {
    expect(searchText("a\u0000")).toBe("");
    expect(searchText(["runc", "x"])).toBe("runc");
    expect(searchText(undefined)).toBe("");
  });
});
