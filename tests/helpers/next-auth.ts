import { createRequire } from "node:module";
import path from "node:path";
import { authOptions } from "@/lib/auth/options";

/**
 * next-auth's own request pipeline (csrf, credentials callback, sign-out), called the way
 * app/api/auth/[...nextauth] calls it, with a cookie jar per "browser". Its route wrapper
 * reads next/headers through a CommonJS require that tests cannot stub, so the core handler
 * it wraps is called directly.
 */
const require = createRequire(import.meta.url);
const { AuthHandler } = require(path.resolve(import.meta.dirname, "../../node_modules/next-auth/core/index.js")) as {
  AuthHandler: (params: { req: Record<string, unknown>; options: unknown }) => Promise<{ status?: number; body?: unknown; redirect?: string; cookies?: { name: string; value: string; options?: { maxAge?: number } }[] }>;
};

export const SESSION_COOKIE = "next-auth.session-token";
export type Jar = Map<string, string>;

async function nextAuth(jar: Jar, method: "GET" | "POST", action: string, providerId?: string, body?: Record<string, string>) {
  const res = await AuthHandler({
    req: { method, action, providerId, body, query: {}, cookies: Object.fromEntries(jar), headers: { host: "localhost:3000", "x-forwarded-for": "10.20.0.1" } },
    options: authOptions(),
  });
  for (const c of res.cookies ?? []) {
    if (c.options?.maxAge === 0 || c.value === "") jar.delete(c.name);
    else jar.set(c.name, c.value);
  }
  return res;
}

async function csrf(jar: Jar): Promise<string> {
  return ((await nextAuth(jar, "GET", "csrf")).body as { csrfToken: string }).csrfToken;
}

/** Signs in with email + password as the browser form does; the session token, or null and the error. */
export async function signInWithPassword(email: string, password: string): Promise<{ token: string | null; error: string | null }> {
  const jar: Jar = new Map();
  const csrfToken = await csrf(jar);
  const res = await nextAuth(jar, "POST", "callback", "credentials", { csrfToken, email, password, json: "true" });
  const error = res.redirect ? new URL(res.redirect).searchParams.get("error") : null;
  return { token: jar.get(SESSION_COOKIE) ?? null, error };
}

/** The browser's sign-out: POST /api/auth/signout with the session cookie and a csrf token. */
export async function signOutWith(token: string): Promise<void> {
  const jar: Jar = new Map([[SESSION_COOKIE, token]]);
  const csrfToken = await csrf(jar);
  await nextAuth(jar, "POST", "signout", undefined, { csrfToken });
  if (jar.has(SESSION_COOKIE)) throw new Error("next-auth did not clear the session cookie");
}

/** The token a Set-Cookie header re-issues, if any. */
export function tokenFromSetCookie(headers: Headers): string | null {
  const c = headers.getSetCookie().find((h) => h.startsWith(`${SESSION_COOKIE}=`));
  const value = c?.slice(SESSION_COOKIE.length + 1).split(";")[0];
  return value || null;
}
