import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";

const envValues: { NEXTAUTH_URL?: string; TRUST_PROXY: "0" | "1" } = { TRUST_PROXY: "0" };
vi.mock("@/lib/env", () => ({ env: () => envValues }));
const { buildCsp, apiHeaders } = await import("@/lib/security/headers");
const { proxy } = await import("@/proxy");

afterEach(() => {
  envValues.NEXTAUTH_URL = undefined;
  envValues.TRUST_PROXY = "0";
});

const directives = (csp: string) =>
  new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );

describe("buildCsp", () => {
  it("allows scripts only by nonce (strict-dynamic), no plugins, no <base>, no framing, forms and fetches to us only", () => {
    const d = directives(buildCsp("abc123"));
    expect(d.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(d.get("style-src")).toEqual(["'self'", "'nonce-abc123'"]);
    expect(d.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'none'"]);
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(d.get("form-action")).toEqual(["'self'"]);
    expect(d.get("img-src")).toEqual(["'self'", "data:"]);
    expect(d.get("connect-src")).toEqual(["'self'"]);
    expect(d.get("default-src")).toEqual(["'self'"]);
    // The offline study's service worker and the app manifest come from us only.
    expect(d.get("worker-src")).toEqual(["'self'"]);
    expect(d.get("manifest-src")).toEqual(["'self'"]);
    expect([...d.values()].flat()).not.toContain("'unsafe-eval'");
    expect(d.has("upgrade-insecure-requests")).toBe(false);
  });

  it("relaxes only eval and <style> in development; upgrades insecure requests on https", () => {
    const dev = directives(buildCsp("n", { dev: true }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives(buildCsp("n", { https: true })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("apiHeaders", () => {
  it("is no-store always, with HSTS only for an https origin", () => {
    expect(apiHeaders("http://localhost:3000")).toEqual({ "Cache-Control": "no-store" });
    expect(apiHeaders("https://learn.example.com")).toEqual({
      "Cache-Control": "no-store",
      "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
    });
  });
});

describe("proxy.ts", () => {
  const page = (url: string, headers: Record<string, string> = {}) => proxy(new NextRequest(url, { headers }));
  const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

  it("sets the CSP on the response and hands Next the same policy and nonce on the request", () => {
    const res = page("http://localhost:3000/study?x=1");
    const csp = res.headers.get("content-security-policy");
    const nonce = nonceOf(csp);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    // NextResponse.next({ request: { headers } }) passes overridden request headers this way.
    expect(res.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(res.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(res.headers.get("x-middleware-request-x-pathname")).toBe("/study?x=1");
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });

  it("uses a fresh nonce for every request, and ignores a nonce the client sends", () => {
    const nonces = new Set(
      Array.from({ length: 50 }, () => nonceOf(page("http://localhost:3000/").headers.get("content-security-policy"))),
    );
    expect(nonces.size).toBe(50);
    const res = page("http://localhost:3000/", { "x-nonce": "attacker", "content-security-policy": "script-src *" });
    expect(res.headers.get("x-middleware-request-x-nonce")).not.toBe("attacker");
    expect(res.headers.get("x-middleware-request-content-security-policy")).toBe(
      res.headers.get("content-security-policy"),
    );
  });

  it("adds HSTS when our origin is https (NEXTAUTH_URL, or our proxy's x-forwarded-proto with TRUST_PROXY=1), never on a forged header", () => {
    envValues.NEXTAUTH_URL = "https://learn.example.com";
    expect(page("http://10.0.0.5:3000/").headers.get("strict-transport-security")).toBe(
      "max-age=63072000; includeSubDomains",
    );
    envValues.NEXTAUTH_URL = undefined;
    expect(
      page("http://10.0.0.5:3000/", { "x-forwarded-proto": "https" }).headers.get("strict-transport-security"),
    ).toBeNull();
    envValues.TRUST_PROXY = "1";
    expect(
      page("http://10.0.0.5:3000/", { "x-forwarded-proto": "https" }).headers.get("strict-transport-security"),
    ).not.toBeNull();
  });
});
