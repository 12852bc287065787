import { afterEach, describe, expect, it, vi } from "vitest";

const envValues: { NEXTAUTH_URL?: string; TRUST_PROXY: "0" | "1" } = { TRUST_PROXY: "0" };
vi.mock("@/lib/env", () => ({ env: () => envValues }));
const { appOrigin, crossOriginReason } = await import("@/lib/security/origin");
const { sessionCookieName } = await import("@/lib/auth/session");

afterEach(() => {
  envValues.NEXTAUTH_URL = undefined;
  envValues.TRUST_PROXY = "0";
});

const post = (url: string, headers: Record<string, string>) => new Request(url, { method: "POST", headers });

describe("appOrigin", () => {
  it("is NEXTAUTH_URL's origin when set, whatever Host or forwarded headers say", () => {
    envValues.NEXTAUTH_URL = "https://learn.example.com/base/path";
    envValues.TRUST_PROXY = "1";
    const h = new Headers({ host: "evil.test", "x-forwarded-host": "evil.test", "x-forwarded-proto": "http" });
    expect(appOrigin(h, "http://evil.test/x")).toBe("https://learn.example.com");
  });

  it("without NEXTAUTH_URL: the Host the client addressed, over http; forwarded headers only with TRUST_PROXY=1 (the last entry, our proxy's)", () => {
    const h = new Headers({
      host: "app.internal:3000",
      "x-forwarded-host": "forged.test, learn.example.com",
      "x-forwarded-proto": "https",
    });
    expect(appOrigin(h, "http://app.internal:3000/x")).toBe("http://app.internal:3000");
    envValues.TRUST_PROXY = "1";
    expect(appOrigin(h, "http://app.internal:3000/x")).toBe("https://learn.example.com");
    expect(appOrigin(new Headers(), "http://localhost/api")).toBe("http://localhost");
  });
});

describe("crossOriginReason", () => {
  const URL_ = "http://localhost:3000/api/v1/reviews";

  it("lets reads through whatever their headers", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) {
      expect(
        crossOriginReason(
          new Request(URL_, { method, headers: { "sec-fetch-site": "cross-site", origin: "https://evil.test" } }),
        ),
      ).toBeNull();
    }
  });

  it("Sec-Fetch-Site decides when present: only same-origin passes", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      expect(crossOriginReason(new Request(URL_, { method, headers: { "sec-fetch-site": "same-origin" } }))).toBeNull();
      expect(
        crossOriginReason(
          new Request(URL_, { method, headers: { "sec-fetch-site": "same-site", origin: "http://localhost:3000" } }),
        ),
      ).toMatch(/same-site/);
    }
    expect(crossOriginReason(post(URL_, { "sec-fetch-site": "none" }))).toMatch(/"none"/);
    expect(crossOriginReason(post(URL_, { "sec-fetch-site": "cross-site" }))).toMatch(/"cross-site"/);
  });

  it("without fetch metadata, Origin must equal our origin exactly (scheme, host and port)", () => {
    expect(crossOriginReason(post(URL_, { origin: "http://localhost:3000" }))).toBeNull();
    expect(crossOriginReason(post(URL_, { origin: "http://LOCALHOST:3000" }))).toBeNull();
    for (const other of [
      "http://localhost:4000",
      "https://localhost:3000",
      "http://127.0.0.1:3000",
      "null",
      "http://localhost:3000.evil.test",
    ]) {
      expect(crossOriginReason(post(URL_, { origin: other })), other).toMatch(
        /is not this app's origin http:\/\/localhost:3000/,
      );
    }
    envValues.NEXTAUTH_URL = "https://learn.example.com";
    expect(
      crossOriginReason(post("http://10.0.0.5:3000/api/v1/reviews", { origin: "https://learn.example.com" })),
    ).toBeNull();
    expect(crossOriginReason(post("http://10.0.0.5:3000/api/v1/reviews", { origin: "http://10.0.0.5:3000" }))).toMatch(
      /https:\/\/learn\.example\.com/,
    );
  });

  it("with neither header: refused when a session cookie (either name, chunked or not) comes along, allowed otherwise", () => {
    for (const cookie of [
      "next-auth.session-token=a",
      "x=1; __Secure-next-auth.session-token=a",
      "next-auth.session-token.1=b",
    ]) {
      expect(crossOriginReason(post(URL_, { cookie })), cookie).toMatch(/session cookie but no Origin/);
    }
    expect(crossOriginReason(post(URL_, {}))).toBeNull();
    expect(crossOriginReason(post(URL_, { cookie: "next-auth.csrf-token=abc; lw-theme=dark" }))).toBeNull();
  });
});

describe("sessionCookieName", () => {
  it("accepts the __Secure- name only on https and the plain name only on http", () => {
    expect(sessionCookieName("https://learn.example.com")).toBe("__Secure-next-auth.session-token");
    expect(sessionCookieName("http://localhost:3000")).toBe("next-auth.session-token");
  });
});
