import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { makeDeck, makeUser } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));

/**
 * Every authoring and admin route, for every kind of caller: signed out → 401, learner → 403,
 * another instructor → 404 on a draft deck and 403 on a published one (lib/authoring/access.ts),
 * the owner and an admin → 2xx.
 */
const decksRoute = await import("@/app/api/v1/author/decks/route");
const deckRoute = await import("@/app/api/v1/author/decks/[deckId]/route");
const publishRoute = await import("@/app/api/v1/author/decks/[deckId]/publish/route");
const unpublishRoute = await import("@/app/api/v1/author/decks/[deckId]/unpublish/route");
const archiveDeckRoute = await import("@/app/api/v1/author/decks/[deckId]/archive/route");
const unarchiveDeckRoute = await import("@/app/api/v1/author/decks/[deckId]/unarchive/route");
const questionsRoute = await import("@/app/api/v1/author/decks/[deckId]/questions/route");
const orderRoute = await import("@/app/api/v1/author/decks/[deckId]/order/route");
const statsRoute = await import("@/app/api/v1/author/decks/[deckId]/stats/route");
const questionRoute = await import("@/app/api/v1/author/questions/[questionId]/route");
const duplicateRoute = await import("@/app/api/v1/author/questions/[questionId]/duplicate/route");
const archiveQuestionRoute = await import("@/app/api/v1/author/questions/[questionId]/archive/route");
const unarchiveQuestionRoute = await import("@/app/api/v1/author/questions/[questionId]/unarchive/route");
const importRoute = await import("@/app/api/v1/decks/[deckId]/import/route");
const exportRoute = await import("@/app/api/v1/decks/[deckId]/export/route");
const usersRoute = await import("@/app/api/v1/admin/users/route");
const userRoute = await import("@/app/api/v1/admin/users/[userId]/route");

type User = Awaited<ReturnType<typeof makeUser>>;
type Deck = Awaited<ReturnType<typeof makeDeck>>;
type Handler = Parameters<typeof call>[0];

const GIFT = `// layerwise: {"section":"4.1"}
::Imported:: Which runtime does containerd call by default? {=runc ~crun ####runc is the reference OCI runtime.}
`;

interface Case {
  name: string;
  handler: Handler;
  method: string;
  ok: number;
  /** Builds the request against a fresh deck (so mutations in one case never leak into another). */
  req: (deck: Deck) => {
    params: Record<string, string>;
    url?: string;
    body?: unknown;
    rawBody?: string;
    contentType?: string;
  };
}

const q = (d: Deck) => ({ questionId: d.questions[0].id });
const CASES: Case[] = [
  { name: "GET deck", handler: deckRoute.GET, method: "GET", ok: 200, req: (d) => ({ params: { deckId: d.id } }) },
  {
    name: "PATCH deck",
    handler: deckRoute.PATCH,
    method: "PATCH",
    ok: 200,
    req: (d) => ({ params: { deckId: d.id }, body: { title: "Renamed" } }),
  },
  { name: "publish", handler: publishRoute.POST, method: "POST", ok: 200, req: (d) => ({ params: { deckId: d.id } }) },
  {
    name: "unpublish",
    handler: unpublishRoute.POST,
    method: "POST",
    ok: 200,
    req: (d) => ({ params: { deckId: d.id } }),
  },
  {
    name: "archive deck",
    handler: archiveDeckRoute.POST,
    method: "POST",
    ok: 200,
    req: (d) => ({ params: { deckId: d.id } }),
  },
  {
    name: "unarchive deck",
    handler: unarchiveDeckRoute.POST,
    method: "POST",
    ok: 200,
    req: (d) => ({ params: { deckId: d.id } }),
  },
  {
    name: "add question",
    handler: questionsRoute.POST,
    method: "POST",
    ok: 201,
    req: (d) => ({
      params: { deckId: d.id },
      body: {
        type: "truefalse",
        prompt: "runc is an OCI runtime.",
        explanation: "It is the reference one.",
        section: "4.2",
        payload: { answer: true },
      },
    }),
  },
  {
    name: "reorder",
    handler: orderRoute.PUT,
    method: "PUT",
    ok: 200,
    req: (d) => ({ params: { deckId: d.id }, body: { order: d.questions.map((x) => x.id).reverse() } }),
  },
  { name: "stats", handler: statsRoute.GET, method: "GET", ok: 200, req: (d) => ({ params: { deckId: d.id } }) },
  { name: "GET question", handler: questionRoute.GET, method: "GET", ok: 200, req: (d) => ({ params: q(d) }) },
  {
    name: "PATCH question",
    handler: questionRoute.PATCH,
    method: "PATCH",
    ok: 200,
    req: (d) => ({ params: q(d), body: { prompt: "Edited prompt?" } }),
  },
  { name: "duplicate question", handler: duplicateRoute.POST, method: "POST", ok: 201, req: (d) => ({ params: q(d) }) },
  {
    name: "archive question",
    handler: archiveQuestionRoute.POST,
    method: "POST",
    ok: 200,
    req: (d) => ({ params: q(d) }),
  },
  {
    name: "unarchive question",
    handler: unarchiveQuestionRoute.POST,
    method: "POST",
    ok: 200,
    req: (d) => ({ params: q(d) }),
  },
  {
    name: "import",
    handler: importRoute.POST,
    method: "POST",
    ok: 201,
    req: (d) => ({
      params: { deckId: d.id },
      url: "http://localhost/api/v1/decks/x/import?format=gift",
      rawBody: GIFT,
      contentType: "text/plain",
    }),
  },
  {
    name: "export",
    handler: exportRoute.GET,
    method: "GET",
    ok: 200,
    req: (d) => ({ params: { deckId: d.id }, url: "http://localhost/api/v1/decks/x/export?format=json" }),
  },
];

async function send(c: Case, deck: Deck) {
  const r = c.req(deck);
  const res = await call(c.handler, { method: c.method, ...r });
  return res;
}

let owner: User, other: User, learner: User, admin: User;
beforeAll(async () => {
  [owner, other, learner, admin] = await Promise.all([
    makeUser({ role: "INSTRUCTOR" }),
    makeUser({ role: "INSTRUCTOR" }),
    makeUser(),
    makeUser({ role: "ADMIN" }),
  ]);
});

const fresh = (status: "DRAFT" | "PUBLISHED") => makeDeck(owner.id, { status, count: 3 });

describe.each(CASES)("$name", (c) => {
  it("signed out → 401", async () => {
    signInAs(null);
    const res = await send(c, await fresh("DRAFT"));
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("UNAUTHORIZED");
  });

  it("learner → 403", async () => {
    signInAs(learner);
    const res = await send(c, await fresh("PUBLISHED"));
    expect(res.status).toBe(403);
  });

  it("another instructor → 404 on a draft deck, 403 on a published one; nothing changes", async () => {
    signInAs(other);
    const draft = await fresh("DRAFT");
    const published = await fresh("PUBLISHED");
    const before = await db.question.count();
    expect((await send(c, draft)).status).toBe(404);
    const res = await send(c, published);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("FORBIDDEN");
    expect(await db.question.count()).toBe(before);
    const rows = await db.deck.findMany({
      where: { id: { in: [draft.id, published.id] } },
      orderBy: { status: "asc" },
    });
    expect(rows.map((d) => [d.title, d.status, d.version, d.archivedAt])).toEqual([
      [draft.title, "DRAFT", 1, null],
      [published.title, "PUBLISHED", 1, null],
    ]);
  });

  it("owner → 2xx", async () => {
    signInAs(owner);
    const res = await send(c, await fresh("DRAFT"));
    expect(res.status, JSON.stringify(res.body)).toBe(c.ok);
  });

  it("admin → 2xx", async () => {
    signInAs(admin);
    const res = await send(c, await fresh("PUBLISHED"));
    expect(res.status, JSON.stringify(res.body)).toBe(c.ok);
  });
});

describe("deck list and create", () => {
  it("signed out 401, learner 403", async () => {
    signInAs(null);
    expect((await call(decksRoute.GET)).status).toBe(401);
    expect((await call(decksRoute.POST, { body: { title: "X" } })).status).toBe(401);
    signInAs(learner);
    expect((await call(decksRoute.GET)).status).toBe(403);
    expect((await call(decksRoute.POST, { body: { title: "X" } })).status).toBe(403);
  });

  it("an instructor lists only their own decks; an admin lists everyone's", async () => {
    const mine = await makeDeck(other.id, { status: "DRAFT" });
    const theirs = await fresh("DRAFT");
    signInAs(other);
    const list = await call(decksRoute.GET);
    expect(list.status).toBe(200);
    const ids = list.body.decks.map((d: { id: string }) => d.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    signInAs(admin);
    const all = (await call(decksRoute.GET)).body.decks.map((d: { id: string }) => d.id);
    expect(all).toEqual(expect.arrayContaining([mine.id, theirs.id]));
  });

  it("instructor and admin create decks (201) owned by themselves", async () => {
    for (const u of [other, admin]) {
      signInAs(u);
      const res = await call(decksRoute.POST, { body: { title: "Namespaces and cgroups", chapter: "4.1" } });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ status: "DRAFT", version: 1, chapter: "4.1", owner: { id: u.id } });
    }
  });
});

describe("admin routes", () => {
  it("signed out 401; learner and instructor 403; admin 200", async () => {
    const target = await makeUser();
    const patch = { role: "INSTRUCTOR" };
    signInAs(null);
    expect((await call(usersRoute.GET)).status).toBe(401);
    expect((await call(userRoute.PATCH, { method: "PATCH", params: { userId: target.id }, body: patch })).status).toBe(
      401,
    );
    for (const u of [learner, owner]) {
      signInAs(u);
      expect((await call(usersRoute.GET)).status).toBe(403);
      expect(
        (await call(userRoute.PATCH, { method: "PATCH", params: { userId: target.id }, body: patch })).status,
      ).toBe(403);
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("LEARNER");
    signInAs(admin);
    expect((await call(usersRoute.GET)).status).toBe(200);
    const res = await call(userRoute.PATCH, { method: "PATCH", params: { userId: target.id }, body: patch });
    expect(res.status).toBe(200);
    expect(res.body.role).toBe("INSTRUCTOR");
  });
});
