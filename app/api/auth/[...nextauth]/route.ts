import NextAuth from "next-auth";
import { unstable_rethrow } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import { withSignInLimit } from "@/lib/auth/sign-in-limit";
import { toRouteResponse } from "@/lib/errors";

type Ctx = { params: Promise<{ nextauth: string[] }> };

// Errors next-auth lets through (a body cut off by the client) get the API's error shape, and no stack trace for an abort.
async function nextAuth(req: Request, ctx: Ctx): Promise<Response> {
  try {
    return await NextAuth(authOptions())(req, ctx);
  } catch (err) {
    unstable_rethrow(err); // Next's own control-flow errors (dynamic usage, redirects) are not ours to answer
    return toRouteResponse(err);
  }
}

export const GET = nextAuth;

/** Credentials sign-in answers 429 + Retry-After when authorize() was refused by the attempt budget. */
export async function POST(req: Request, ctx: Ctx) {
  const { nextauth } = await ctx.params;
  if (nextauth.join("/") !== "callback/credentials") return nextAuth(req, ctx);
  return withSignInLimit(req.url, () => nextAuth(req, ctx));
}
