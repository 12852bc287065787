import { afterEach, describe, expect, it, vi } from "vitest";
import { makeDeck, makeUser } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const decksRoute = await import("@/app/api/v1/decks/route");
const meRoute = await import("@/app/api/v1/me/route");
const exportRoute = await import("@/app/api/v1/decks/[deckId]/export/route");
const healthRoute = await import("@/app/api/health/route");
const openapiRoute = await import("@/app/api/v1/openapi.json/route");
const nextauth = await import("@/app/api/auth/[...nextauth]/route");

afterEach(() => vi.unstubAllEnvs());

describe("every API response is no-store", () => {
  it("contract routes: a success, a 401 and a 400 (answers are per user and per moment; no cache may keep them)", async () => {
    const user = await makeUser();
    signInAs(user);
    const ok = await call(decksRoute.GET);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toBe("no-store");
    const bad = await call(meRoute.PATCH, { method: "PATCH", body: { timeZone: "Mars/Olympus" } });
    expect(bad.status).toBe(400);
    expect(bad.headers.get("cache-control")).toBe("no-store");
    signInAs(null);
    const anon = await call(meRoute.GET);
    expect(anon.status).toBe(401);
    expect(anon.headers.get("cache-control")).toBe("no-store");
    expect(anon.headers.get("strict-transport-security")).toBeNull();
  });

  it("the export download, health, the OpenAPI document and next-auth's own answers", async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    signInAs(owner);
    const deck = await makeDeck(owner.id);
    const file = await exportRoute.GET(new Request(`http://localhost/api/v1/decks/${deck.id}/export?format=gift`), {
      params: Promise.resolve({ deckId: deck.id }),
    });
    expect(file.status).toBe(200);
    expect(file.headers.get("cache-control")).toBe("no-store");
    const health = await healthRoute.GET(new Request("http://localhost/api/health"), { params: Promise.resolve({}) });
    expect(health.status).toBe(200);
    expect(health.headers.get("cache-control")).toBe("no-store");
    const openapi = await openapiRoute.GET(new Request("http://localhost/api/v1/openapi.json"), {
      params: Promise.resolve({}),
    });
    expect((await openapi.json()).openapi).toBe("3.1.0");
    expect(openapi.headers.get("cache-control")).toBe("no-store");

    const limited = await nextauth.POST(
      new Request("http://localhost/api/auth/callback/credentials", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost" },
        body: new URLSearchParams({ email: "busy@example.com", password: "x", csrfToken: "x" }),
      }),
      { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) },
    );
    // next-auth's own answer (its CSRF check refuses the made-up token) carries the API headers too.
    expect(limited.status).not.toBe(403);
    expect(limited.headers.get("cache-control")).toBe("no-store");
  });

  it("adds Strict-Transport-Security when our origin (NEXTAUTH_URL) is https", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://learn.example.com");
    vi.resetModules();
    const health = await import("@/app/api/health/route");
    const res = await health.GET(new Request("http://10.0.0.5:3000/api/health"), { params: Promise.resolve({}) });
    expect(res.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(res.headers.get("cache-control")).toBe("no-store");
  });
});
