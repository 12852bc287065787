import { afterEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { makeUser } from "@/tests/helpers/factories";

// getSessionUser reads the request through next/headers; outside Next there is no request,
// so these tests hand it one (cookies and headers of a crafted request). Everything else —
// the JWT decoding and the user lookup — is the real code on the real database.
let request = new Request("http://localhost/");
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => {
    const jar = new Map(
      (request.headers.get("cookie") ?? "")
        .split(";")
        .filter(Boolean)
        .map((p) => {
          const [name, ...rest] = p.trim().split("=");
          return [name, rest.join("=")] as const;
        }),
    );
    return { get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined) };
  },
}));

const SECRET = "session-cookie-test-secret-0123456789";

afterEach(() => vi.unstubAllEnvs());

/** getSessionUser under the given NEXTAUTH_URL (env is parsed once per module instance). */
async function sessionUserFor(nextAuthUrl: string, cookie: string) {
  vi.stubEnv("NEXTAUTH_SECRET", SECRET);
  vi.stubEnv("NEXTAUTH_URL", nextAuthUrl);
  vi.resetModules();
  const { getSessionUser } = await import("@/lib/auth/session");
  request = new Request(`${nextAuthUrl}/study`, { headers: { cookie, host: new URL(nextAuthUrl).host } });
  return getSessionUser();
}

describe("the session cookie name follows our origin's scheme", () => {
  it("on http only next-auth.session-token is read; a __Secure- cookie is ignored", async () => {
    const user = await makeUser();
    const token = await encode({ token: { uid: user.id, role: user.role }, secret: SECRET });
    expect((await sessionUserFor("http://localhost:3000", `next-auth.session-token=${token}`))?.id).toBe(user.id);
    expect(await sessionUserFor("http://localhost:3000", `__Secure-next-auth.session-token=${token}`)).toBeNull();
  });

  it("on https only __Secure-next-auth.session-token is read; a planted plain cookie is ignored", async () => {
    const user = await makeUser();
    const token = await encode({ token: { uid: user.id, role: user.role }, secret: SECRET });
    expect((await sessionUserFor("https://learn.example.com", `__Secure-next-auth.session-token=${token}`))?.id).toBe(
      user.id,
    );
    expect(await sessionUserFor("https://learn.example.com", `next-auth.session-token=${token}`)).toBeNull();
  });
});
