import { createRequire } from "node:module";
import path from "node:path";
import type { AuthHandler as AuthHandlerFn } from "../../node_modules/next-auth/core/index";
import { authOptions } from "@/lib/auth/options";
import { withSignInLimit } from "@/lib/auth/sign-in-limit";

/**
 * Drives next-auth's real core (CSRF check, authorize, callbacks, cookies) with our
 * authOptions, as app/api/auth/[...nextauth]/route.ts does; only next-auth's App Router
 * glue is skipped, because it needs Next's request context (next/headers).
 */
// next-auth does not export its core through package.json "exports"; load the file itself.
const { AuthHandler } = createRequire(import.meta.url)(path.resolve(import.meta.dirname, "../../node_modules/next-auth/core/index.js")) as {
  AuthHandler: typeof AuthHandlerFn;
};

type CoreReq = { method?: "GET" | "POST"; providerId?: string; query?: Record<string, string>; body?: Record<string, string>; headers?: Record<string, string>; cookies?: Record<string, string> };

export async function authCore(action: "csrf" | "signin" | "callback" | "providers" | "session", req: CoreReq = {}) {
  const res = await AuthHandler({
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
  const headers = new Headers();
  if (res.redirect) headers.set("Location", res.redirect);
  for (const c of res.cookies ?? []) headers.append("Set-Cookie", `${c.name}=${c.value}`);
  const body = typeof res.body === "string" ? res.body : res.body === undefined ? null : JSON.stringify(res.body);
  return new Response(body, { status: res.status ?? (res.redirect ? 302 : 200), headers });
}

export type SignInResult = { status: number; signedIn: boolean; location: string | null; retryAfter: number | null; body: string };

/** One credentials sign-in over "HTTP": fetch a CSRF token, then post the form from `peer` (the socket address). */
export async function signInOverHttp(
  email: string,
  password: string,
  opts: { peer?: string; xff?: string; callbackUrl?: string } = {},
): Promise<SignInResult> {
  const csrfRes = await authCore("csrf");
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookie = csrfRes.headers.getSetCookie().find((c) => c.startsWith("next-auth.csrf-token="))!.split("=").slice(1).join("=");
  const headers: Record<string, string> = { "x-layerwise-peer": opts.peer ?? "10.0.0.1", "x-forwarded-for": opts.xff ?? opts.peer ?? "10.0.0.1" };
  const body: Record<string, string> = { csrfToken, email, password, json: "true" };
  if (opts.callbackUrl !== undefined) body.callbackUrl = opts.callbackUrl;
  const res = await withSignInLimit("http://localhost:3000/api/auth/callback/credentials", () =>
    authCore("callback", { method: "POST", providerId: "credentials", body, headers, cookies: { "next-auth.csrf-token": csrfCookie } }),
  );
  return {
    status: res.status,
    signedIn: res.headers.getSetCookie().some((c) => c.startsWith("next-auth.session-token=") && c.length > "next-auth.session-token=".length),
    location: res.headers.get("Location"),
    retryAfter: res.headers.has("Retry-After") ? Number(res.headers.get("Retry-After")) : null,
    body: await res.text(),
  };
}
