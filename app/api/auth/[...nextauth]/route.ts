import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { withSignInLimit } from "@/lib/auth/sign-in-limit";

type Ctx = { params: Promise<{ nextauth: string[] }> };

function nextAuth(req: Request, ctx: Ctx) {
  return NextAuth(authOptions())(req, ctx);
}

export const GET = nextAuth;

/** Credentials sign-in answers 429 + Retry-After when authorize() was refused by the attempt budget. */
export async function POST(req: Request, ctx: Ctx) {
  const { nextauth } = await ctx.params;
  if (nextauth.join("/") !== "callback/credentials") return nextAuth(req, ctx);
  return withSignInLimit(req.url, () => nextAuth(req, ctx));
}
