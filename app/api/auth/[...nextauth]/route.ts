import NextAuth from "next-auth";
import { unstable_rethrow } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import { withSignInLimit } from "@/lib/auth/sign-in-limit";
import { toRouteResponse } from "@/lib/error-response";
import { apiRoute } from "@/lib/security/api-route";
import { appOrigin, isHttpsOrigin } from "@/lib/security/origin";
import { textProblem } from "@/lib/text-input";

type Ctx = { params: Promise<{ nextauth: string[] }> };

// Errors next-auth lets through (a body cut off by the client) get the API's error shape, and no stack trace for an abort.
async function nextAuth(req: Request, ctx: Ctx): Promise<Response> {
  try {
    // Cookie names follow the same origin rule lib/auth/session.ts reads them by (__Secure- on https).
    // next-auth 4 types its App Router handler as any; this is the shape it is called with and returns.
    const handler = NextAuth({
      ...authOptions(),
      useSecureCookies: isHttpsOrigin(appOrigin(req.headers, req.url)),
    }) as (req: Request, ctx: Ctx) => Promise<Response>;
    return await handler(req, ctx);
  } catch (err) {
    unstable_rethrow(err); // Next's own control-flow errors (dynamic usage, redirects) are not ours to answer
    return toRouteResponse(err);
  }
}

const refuse = (req: Request, field: string, message: string) =>
  Response.json(
    {
      url: new URL("/sign-in?error=CredentialsSignin", req.url).toString(),
      error: { code: "BAD_REQUEST", message: `${field}: ${message}`, fields: { [field]: [message] } },
    },
    { status: 400 },
  );

/** A malformed path escape or text Postgres cannot store (NUL, lone surrogates) is a 400 here, before next-auth or the rate limit query the database. */
async function badInput(req: Request, ctx: Ctx): Promise<Response | null> {
  try {
    await ctx.params;
  } catch {
    return refuse(req, "path", "Not valid percent-encoding (UTF-8)");
  }
  for (const [key, value] of new URL(req.url).searchParams) {
    const problem = textProblem(key) ?? textProblem(value);
    if (problem) return refuse(req, textProblem(key) ? "query" : `query.${key}`, `Text ${problem}`);
  }
  if (
    req.method !== "POST" ||
    !/^application\/x-www-form-urlencoded|^multipart\/form-data/i.test(req.headers.get("content-type") ?? "")
  )
    return null;
  const form = await req
    .clone()
    .formData()
    .catch(() => null);
  for (const [key, value] of form ?? []) {
    if (typeof value !== "string") continue;
    const problem = textProblem(key) ?? textProblem(value);
    if (problem) return refuse(req, textProblem(key) ? "form" : key, `Text ${problem}`);
  }
  return null;
}

// apiRoute refuses cross-origin POSTs (sign-in, sign-out) beside next-auth's own CSRF token.
export const GET = apiRoute(async (req: Request, ctx: Ctx) => (await badInput(req, ctx)) ?? nextAuth(req, ctx));

/** Credentials sign-in answers 429 + Retry-After when authorize() was refused by the attempt budget. */
export const POST = apiRoute(async (req: Request, ctx: Ctx) => {
  const bad = await badInput(req, ctx);
  if (bad) return bad;
  const { nextauth } = await ctx.params;
  if (nextauth.join("/") !== "callback/credentials") return nextAuth(req, ctx);
  return withSignInLimit(req.url, () => nextAuth(req, ctx));
});
