import { createRequire } from "node:module";
import path from "node:path";
import type { AuthHandler as AuthHandlerFn } from "../../node_modules/next-auth/core/index";
import { authOptions } from "@/lib/auth/options";
import { withSignInLimit } from "@/lib/auth/sign-in-limit";

/**
 * Drives next-auth's real core (CSRF check, authorize, callbacks, cookies, sign-out) with our
 * authOptions, as app/api/auth/[...nextauth]/route.ts does; only next-auth's App Router glue
 * is skipped, because it reads next/headers through a CommonJS require tests cannot stub.
 */
// next-auth does not export its core through package.json "exports"; load the file itself.
const { AuthHandler } = createRequire(import.meta.url)(
  path.resolve(import.meta.dirname, "../../node_modules/next-auth/core/index.js"),
) as {
  AuthHandler: typeof AuthHandlerFn;
};

type CoreReq = {
  method?: "GET" | "POST";
  providerId?: string;
  query?: Record<string, string>;
  body?: Record<string, string>;
  headers?: Record<string, string>;
  cookies?: Record<string, string>;
};

async function core(action: "csrf" | "signin" | "callback" | "providers" | "session" | "signout", req: CoreReq = {}) {
  return AuthHandler({
    req: {
      method: req.method ?? "GET",
      action,
      providerId: req.providerId,
      query: req.query ?? {},
      body: req.body,
      headers: { host: "localhost:3000", ...req.headers },
      cookies: req.cookies ?? {},
      error: req.query?.error ?? req.providerId,
    },
    options: authOptions(),
  });
}

export async function authCore(action: "csrf" | "signin" | "callback" | "providers" | "session", req: CoreReq = {}) {
  const res = await core(action, req);
  const headers = new Headers();
  if (res.redirect) headers.set("Location", res.redirect);
  for (const c of res.cookies ?? []) headers.append("Set-Cookie", `${c.name}=${c.value}`);
  const body = typeof res.body === "string" ? res.body : res.body === undefined ? null : JSON.stringify(res.body);
  return new Response(body, { status: res.status ?? (res.redirect ? 302 : 200), headers });
}

export type SignInResult = {
  status: number;
  signedIn: boolean;
  location: string | null;
  retryAfter: number | null;
  body: string;
};

/** One credentials sign-in over "HTTP": fetch a CSRF token, then post the form from `peer` (the socket address). */
export async function signInOverHttp(
  email: string,
  password: string,
  opts: { peer?: string; xff?: string; callbackUrl?: string } = {},
): Promise<SignInResult> {
  const csrfRes = await authCore("csrf");
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookie = csrfRes.headers
    .getSetCookie()
    .find((c) => c.startsWith("next-auth.csrf-token="))!
    .split("=")
    .slice(1)
    .join("=");
  const headers: Record<string, string> = {
    "x-layerwise-peer": opts.peer ?? "10.0.0.1",
    "x-forwarded-for": opts.xff ?? opts.peer ?? "10.0.0.1",
  };
  const body: Record<string, string> = { csrfToken, email, password, json: "true" };
  if (opts.callbackUrl !== undefined) body.callbackUrl = opts.callbackUrl;
  const res = await withSignInLimit("http://localhost:3000/api/auth/callback/credentials", () =>
    authCore("callback", {
      method: "POST",
      providerId: "credentials",
      body,
      headers,
      cookies: { "next-auth.csrf-token": csrfCookie },
    }),
  );
  return {
    status: res.status,
    signedIn: res.headers
      .getSetCookie()
      .some((c) => c.startsWith("next-auth.session-token=") && c.length > "next-auth.session-token=".length),
    location: res.headers.get("Location"),
    retryAfter: res.headers.has("Retry-After") ? Number(res.headers.get("Retry-After")) : null,
    body: await res.text(),
  };
}

export const SESSION_COOKIE = "next-auth.session-token";
export type Jar = Map<string, string>;

/** One next-auth request from a "browser" with its own cookie jar, from one client address. */
async function fromBrowser(
  jar: Jar,
  method: "GET" | "POST",
  action: "csrf" | "callback" | "signout",
  providerId?: string,
  body?: Record<string, string>,
) {
  const res = await core(action, {
    method,
    providerId,
    body,
    cookies: Object.fromEntries(jar),
    headers: { "x-layerwise-peer": "10.20.0.1" },
  });
  for (const c of res.cookies ?? []) {
    if (c.options?.maxAge === 0 || c.value === "") jar.delete(c.name);
    else jar.set(c.name, c.value);
  }
  return res;
}

async function csrf(jar: Jar): Promise<string> {
  return ((await fromBrowser(jar, "GET", "csrf")).body as { csrfToken: string }).csrfToken;
}

/** Signs in with email + password as the browser form does; the session token, or null and the error. */
export async function signInWithPassword(
  email: string,
  password: string,
): Promise<{ token: string | null; error: string | null }> {
  const jar: Jar = new Map();
  const csrfToken = await csrf(jar);
  const res = await fromBrowser(jar, "POST", "callback", "credentials", { csrfToken, email, password, json: "true" });
  const error = res.redirect ? new URL(res.redirect).searchParams.get("error") : null;
  return { token: jar.get(SESSION_COOKIE) ?? null, error };
}

/** The browser's sign-out: POST /api/auth/signout with the session cookie and a csrf token. */
export async function signOutWith(token: string): Promise<void> {
  const jar: Jar = new Map([[SESSION_COOKIE, token]]);
  const csrfToken = await csrf(jar);
  await fromBrowser(jar, "POST", "signout", undefined, { csrfToken });
  if (jar.has(SESSION_COOKIE)) throw new Error("next-auth did not clear the session cookie");
}

/** The token a Set-Cookie header re-issues, if any. */
export function tokenFromSetCookie(headers: Headers): string | null {
  const c = headers.getSetCookie().find((h) => h.startsWith(`${SESSION_COOKIE}=`));
  const value = c?.slice(SESSION_COOKIE.length + 1).split(";")[0];
  return value || null;
}
