import path from "node:path";
import { describe, expect, it } from "vitest";
import { requestIdFrom, routeLabeller, scanAppRoutes } from "@/lib/observability/core.mjs";
import { metricsAccess } from "@/lib/observability/metrics-access";

const appRoutes = scanAppRoutes(path.resolve(import.meta.dirname, "../../../app"));
const label = routeLabeller(appRoutes);

describe("route labels for metrics", () => {
  it("are the app/ route patterns, with route groups dropped", () => {
    expect(appRoutes).toContain("/api/health");
    expect(appRoutes).toContain("/api/v1/decks/[deckId]/export");
    expect(appRoutes).toContain("/api/auth/[...nextauth]");
    expect(appRoutes).toContain("/"); // app/page.tsx
    expect(appRoutes.some((r) => r.includes("("))).toBe(false);
  });

  it("name the pattern a URL matches, never its ids", () => {
    expect(label("/api/health")).toBe("/api/health");
    expect(label("/api/v1/decks/ck1a2b3c/export")).toBe("/api/v1/decks/[deckId]/export");
    expect(label("/api/v1/decks/ck1a2b3c/export/")).toBe("/api/v1/decks/[deckId]/export");
    expect(label("/api/v1/attempts/0b7c6f1e-1c1f-4a6e-9d7d-8d5b0f3c2a11/submit")).toBe(
      "/api/v1/attempts/[attemptId]/submit",
    );
    expect(label("/api/auth/callback/credentials")).toBe("/api/auth/[...nextauth]");
    expect(label("/")).toBe("/");
  });

  it("prefer a static route, then more fixed segments, then catch-alls", () => {
    const l = routeLabeller(["/a/new", "/a/[id]", "/a/[id]/b", "/a/[...rest]", "/x/[[...opt]]", "/[slug]"]);
    expect(l("/a/new")).toBe("/a/new");
    expect(l("/a/42")).toBe("/a/[id]");
    expect(l("/a/42/b")).toBe("/a/[id]/b");
    expect(l("/a/42/c/d")).toBe("/a/[...rest]");
    expect(l("/x")).toBe("/x/[[...opt]]");
    expect(l("/x/1/2")).toBe("/x/[[...opt]]");
    expect(l("/anything")).toBe("/[slug]");
    expect(l("/anything/else")).toBe("other");
  });

  it("are 'other' for unknown paths and '/_next' for Next's assets, so the label set stays small", () => {
    expect(label("/no/such/page/at/all")).toBe("other");
    expect(label("/wp-login.php")).toBe("other");
    expect(label("/_next/static/chunks/abc123.js")).toBe("/_next");
    const distinct = new Set(Array.from({ length: 200 }, (_, i) => label(`/api/v1/decks/id${i}/export`)));
    expect(distinct.size).toBe(1);
  });
});

describe("request ids", () => {
  it("keep a short safe incoming token", () => {
    expect(requestIdFrom("abc-123_DEF.9")).toBe("abc-123_DEF.9");
    expect(requestIdFrom(["from-proxy-1", "second"])).toBe("from-proxy-1");
  });

  it("replace anything else with a fresh UUID (no log injection, no huge ids)", () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    for (const bad of [undefined, "", "a".repeat(65), 'x"}\n{"level":"fatal', "id with spaces", "ünïcode", "a/b"]) {
      expect(requestIdFrom(bad)).toMatch(uuid);
    }
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
    expect(requestIdFrom("a".repeat(64))).toBe("a".repeat(64));
  });
});

describe("metrics token check", () => {
  const token = "s3cret-metrics-token-0123";
  it("is off without a token and needs the exact bearer token with one", () => {
    expect(metricsAccess(`Bearer ${token}`, undefined)).toBe("disabled");
    expect(metricsAccess(null, token)).toBe("unauthorized");
    expect(metricsAccess(token, token)).toBe("unauthorized");
    expect(metricsAccess(`Basic ${token}`, token)).toBe("unauthorized");
    expect(metricsAccess(`Bearer ${token}x`, token)).toBe("unauthorized");
    expect(metricsAccess(`Bearer ${token.slice(0, -1)}`, token)).toBe("unauthorized");
    expect(metricsAccess(`Bearer ${token}`, token)).toBe("ok");
    expect(metricsAccess(`bearer  ${token}`, token)).toBe("ok");
  });
});
