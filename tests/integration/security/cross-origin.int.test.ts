import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { makeDeck, makeUser } from "@/tests/helpers/factories";
import { mockSession, signInAs } from "@/tests/helpers/session";
import { apiRoute } from "@/lib/security/api-route";

// The session is stubbed (signInAs) so these tests isolate the origin rule: the request also
// carries a session cookie, as the victim's browser would send it.
vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const publishRoute = await import("@/app/api/v1/author/decks/[deckId]/publish/route");
const importRoute = await import("@/app/api/v1/decks/[deckId]/import/route");
const startRoute = await import("@/app/api/v1/quizzes/[quizId]/attempts/route");
const submitRoute = await import("@/app/api/v1/attempts/[attemptId]/submit/route");
const signUpRoute = await import("@/app/api/v1/auth/sign-up/route");
const decksRoute = await import("@/app/api/v1/decks/route");
const nextauth = await import("@/app/api/auth/[...nextauth]/route");

// Integration tests run without NEXTAUTH_URL, so our origin is the request's: http://localhost.
const OURS = "http://localhost";
const COOKIE = "next-auth.session-token=the-victims-session";

type HeaderSet = Record<string, string>;
/** A browser page on another port of the same host (same site, another origin). */
const SAME_SITE_PAGE: HeaderSet = { origin: "http://localhost:4000", "sec-fetch-site": "same-site", cookie: COOKIE };
/** An older browser: no fetch metadata, only Origin. */
const OTHER_ORIGIN_ONLY: HeaderSet = { origin: "http://localhost:4000", cookie: COOKIE };
const OUR_PAGE: HeaderSet = { origin: OURS, "sec-fetch-site": "same-origin", cookie: COOKIE };
const OUR_PAGE_ORIGIN_ONLY: HeaderSet = { origin: OURS, cookie: COOKIE };

async function send(
  handler: (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>,
  opts: {
    path: string;
    method?: string;
    headers: HeaderSet;
    body?: string;
    contentType?: string;
    params?: Record<string, string>;
  },
) {
  const headers: HeaderSet = {
    ...opts.headers,
    ...(opts.body !== undefined ? { "content-type": opts.contentType ?? "application/json" } : {}),
  };
  const res = await handler(
    new Request(`${OURS}${opts.path}`, { method: opts.method ?? "POST", headers, body: opts.body }),
    {
      params: Promise.resolve(opts.params ?? {}),
    },
  );
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

function expectCrossOriginRefusal(
  res: { status: number; body: { error: { code: string; message: string } } },
  reason: RegExp,
) {
  expect(res.status).toBe(403);
  expect(res.body.error.code).toBe("FORBIDDEN");
  expect(res.body.error.message).toMatch(/^Cross-origin request refused/);
  expect(res.body.error.message).toMatch(reason);
}

let instructor: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  instructor = await makeUser({ role: "INSTRUCTOR" });
});

describe("cross-origin writes are refused before anything is written", () => {
  it("publish: a same-site page → 403 naming Sec-Fetch-Site, an Origin-only page → 403 naming the Origin; the deck stays a draft", async () => {
    signInAs(instructor);
    const deck = await makeDeck(instructor.id, { status: "DRAFT" });
    const publish = (headers: HeaderSet) =>
      send(publishRoute.POST, {
        path: `/api/v1/author/decks/${deck.id}/publish`,
        headers,
        params: { deckId: deck.id },
      });
    expectCrossOriginRefusal(await publish(SAME_SITE_PAGE), /Sec-Fetch-Site is "same-site".*http:\/\/localhost/);
    expectCrossOriginRefusal(
      await publish(OTHER_ORIGIN_ONLY),
      /Origin http:\/\/localhost:4000 is not this app's origin http:\/\/localhost/,
    );
    expectCrossOriginRefusal(await publish({ ...SAME_SITE_PAGE, "sec-fetch-site": "cross-site" }), /"cross-site"/);
    expectCrossOriginRefusal(await publish({ ...OUR_PAGE, "sec-fetch-site": "none" }), /"none"/);
    expectCrossOriginRefusal(await publish({ origin: "null", cookie: COOKIE }), /Origin null/);
    expect((await db.deck.findUniqueOrThrow({ where: { id: deck.id } })).status).toBe("DRAFT");

    const ok = await publish(OUR_PAGE);
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe("PUBLISHED");
  });

  it("import: a same-site page's text/plain GIFT upload (a simple request, no preflight) → 403 and no question added", async () => {
    signInAs(instructor);
    const deck = await makeDeck(instructor.id, { status: "DRAFT", count: 1 });
    const gift = "::Injected:: runc is an OCI runtime. {TRUE}\n";
    const upload = (headers: HeaderSet) =>
      send(importRoute.POST, {
        path: `/api/v1/decks/${deck.id}/import?format=gift`,
        headers,
        body: gift,
        contentType: "text/plain",
        params: { deckId: deck.id },
      });
    expectCrossOriginRefusal(await upload(SAME_SITE_PAGE), /same-site/);
    expectCrossOriginRefusal(await upload(OTHER_ORIGIN_ONLY), /localhost:4000/);
    expect(await db.question.count({ where: { deckId: deck.id } })).toBe(1);

    const ok = await upload(OUR_PAGE_ORIGIN_ONLY);
    expect(ok.status).toBe(201);
    expect(await db.question.count({ where: { deckId: deck.id } })).toBe(2);
  });

  it("submit: a same-site page cannot submit a learner's attempt; it stays open, and our page can submit it", async () => {
    const learner = await makeUser();
    const deck = await makeDeck(instructor.id, { count: 3 });
    const quiz = await db.quiz.create({
      data: {
        deckId: deck.id,
        title: "Quiz",
        questionCount: 2,
        timeLimitSeconds: 600,
        attemptsAllowed: 2,
        passMarkPercent: 70,
      },
    });
    signInAs(learner);
    expectCrossOriginRefusal(
      await send(startRoute.POST, {
        path: `/api/v1/quizzes/${quiz.id}/attempts`,
        headers: SAME_SITE_PAGE,
        params: { quizId: quiz.id },
      }),
      /same-site/,
    );
    expect(await db.quizAttempt.count({ where: { userId: learner.id } })).toBe(0);
    const started = await send(startRoute.POST, {
      path: `/api/v1/quizzes/${quiz.id}/attempts`,
      headers: OUR_PAGE,
      params: { quizId: quiz.id },
    });
    expect(started.status).toBe(201);
    const attemptId = started.body.id as string;

    const submit = (headers: HeaderSet) =>
      send(submitRoute.POST, { path: `/api/v1/attempts/${attemptId}/submit`, headers, params: { attemptId } });
    expectCrossOriginRefusal(await submit(SAME_SITE_PAGE), /same-site/);
    expectCrossOriginRefusal(await submit(OTHER_ORIGIN_ONLY), /localhost:4000/);
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).submittedAt).toBeNull();

    const ok = await submit(OUR_PAGE);
    expect(ok.status).toBe(200);
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).submittedAt).not.toBeNull();
  });

  it("sign-up: a same-site page cannot create an account; our page can", async () => {
    signInAs(null);
    const body = (email: string) => JSON.stringify({ name: "Eve", email, password: "long-enough-pw" });
    const noCookie = (h: HeaderSet) => Object.fromEntries(Object.entries(h).filter(([k]) => k !== "cookie"));
    expectCrossOriginRefusal(
      await send(signUpRoute.POST, {
        path: "/api/v1/auth/sign-up",
        headers: noCookie(SAME_SITE_PAGE),
        body: body("eve@example.com"),
      }),
      /same-site/,
    );
    expectCrossOriginRefusal(
      await send(signUpRoute.POST, {
        path: "/api/v1/auth/sign-up",
        headers: noCookie(OTHER_ORIGIN_ONLY),
        body: body("eve@example.com"),
      }),
      /localhost:4000/,
    );
    expect(await db.user.count({ where: { email: "eve@example.com" } })).toBe(0);

    const ok = await send(signUpRoute.POST, {
      path: "/api/v1/auth/sign-up",
      headers: noCookie(OUR_PAGE),
      body: body("eve@example.com"),
    });
    expect(ok.status).toBe(201);
    expect(await db.user.count({ where: { email: "eve@example.com" } })).toBe(1);
  });

  it("a write with neither Sec-Fetch-Site nor Origin is refused when it carries a session cookie, allowed without one", async () => {
    signInAs(instructor);
    const deck = await makeDeck(instructor.id, { status: "DRAFT" });
    const publish = (headers: HeaderSet) =>
      send(publishRoute.POST, {
        path: `/api/v1/author/decks/${deck.id}/publish`,
        headers,
        params: { deckId: deck.id },
      });
    expectCrossOriginRefusal(await publish({ cookie: COOKIE }), /session cookie but no Origin/);
    expectCrossOriginRefusal(
      await publish({ cookie: "theme=dark; __Secure-next-auth.session-token.0=chunk" }),
      /session cookie/,
    );
    expect((await db.deck.findUniqueOrThrow({ where: { id: deck.id } })).status).toBe("DRAFT");
    // No ambient credential (curl with a bearer-less call, a server): nothing to forge.
    expect((await publish({ cookie: "theme=dark" })).status).toBe(200);
  });

  it("reads are not checked: a same-site GET still answers", async () => {
    signInAs(instructor);
    const res = await send(decksRoute.GET, { path: "/api/v1/decks", method: "GET", headers: SAME_SITE_PAGE });
    expect(res.status).toBe(200);
  });
});

describe("next-auth POST routes", () => {
  const credentials = (headers: HeaderSet, email: string) =>
    nextauth.POST(
      new Request(`${OURS}/api/auth/callback/credentials`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ email, password: "right-password", csrfToken: "x", json: "true" }),
      }),
      { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) },
    );

  it("a same-site page's credentials sign-in (login CSRF) → 403 with no session cookie set and no failure counted", async () => {
    await db.user.create({
      data: { email: "victim@example.com", name: "V", passwordHash: await hashPassword("right-password") },
    });
    const pages: HeaderSet[] = [
      { origin: "http://localhost:4000", "sec-fetch-site": "same-site" },
      { origin: "http://localhost:4000" },
    ];
    for (const headers of pages) {
      const res = await credentials(headers, "victim@example.com");
      expect(res.status).toBe(403);
      expect((await res.json()).error.message).toMatch(/^Cross-origin request refused/);
      expect(res.headers.getSetCookie().join(";")).not.toMatch(/session-token/);
      expect(res.headers.get("cache-control")).toBe("no-store");
    }
    const signOut = await nextauth.POST(
      new Request(`${OURS}/api/auth/signout`, {
        method: "POST",
        headers: SAME_SITE_PAGE,
        body: new URLSearchParams({ csrfToken: "x" }),
      }),
      { params: Promise.resolve({ nextauth: ["signout"] }) },
    );
    expect(signOut.status).toBe(403);
    expect(await db.signInAttempt.count()).toBe(0);
  });

  it("our page's credentials POST passes the origin rule to the handler behind it (next-auth itself needs Next's request context: the e2e suite signs in through it)", async () => {
    const reached = vi.fn(async () => new Response("reached"));
    const req = new Request(`${OURS}/api/auth/callback/credentials`, {
      method: "POST",
      headers: {
        origin: OURS,
        "sec-fetch-site": "same-origin",
        cookie: "next-auth.session-token=x",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ email: "busy@example.com", password: "x", csrfToken: "x" }),
    });
    const res = await apiRoute(reached)(req, { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) });
    expect(reached).toHaveBeenCalledOnce();
    expect(await res.text()).toBe("reached");
    expect(res.headers.get("cache-control")).toBe("no-store");
  });
});
