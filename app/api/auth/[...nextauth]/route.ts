import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { clientIp, signInRetryAfter } from "@/lib/auth/rate-limit";
import { emailSchema } from "@/lib/auth/schemas";
import { textProblem } from "@/lib/text-input";

type Ctx = { params: Promise<{ nextauth: string[] }> };

async function nextAuth(req: Request, ctx: Ctx) {
  const bad = await badInput(req, ctx);
  if (bad) return bad;
  return NextAuth(authOptions())(req, ctx);
}

const refuse = (req: Request, field: string, message: string) =>
  Response.json(
    { url: new URL("/sign-in?error=CredentialsSignin", req.url).toString(), error: { code: "BAD_REQUEST", message: `${field}: ${message}`, fields: { [field]: [message] } } },
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
  if (req.method !== "POST" || !/^application\/x-www-form-urlencoded|^multipart\/form-data/i.test(req.headers.get("content-type") ?? "")) return null;
  const form = await req.clone().formData().catch(() => null);
  for (const [key, value] of form ?? []) {
    if (typeof value !== "string") continue;
    const problem = textProblem(key) ?? textProblem(value);
    if (problem) return refuse(req, textProblem(key) ? "form" : key, `Text ${problem}`);
  }
  return null;
}

export const GET = nextAuth;

/** Credentials sign-in is refused with 429 + Retry-After once the email or IP is over its limit. */
export async function POST(req: Request, ctx: Ctx) {
  const bad = await badInput(req, ctx);
  if (bad) return bad;
  const { nextauth } = await ctx.params;
  if (nextauth.join("/") === "callback/credentials") {
    const form = await req.clone().formData().catch(() => null);
    const email = emailSchema.safeParse(form?.get("email") ?? "");
    const retryAfter = await signInRetryAfter(email.success ? email.data : String(form?.get("email") ?? ""), clientIp(req.headers));
    if (retryAfter) {
      const url = new URL(`/sign-in?error=RateLimited&retryAfter=${retryAfter}`, req.url).toString();
      return Response.json(
        { url, error: { code: "RATE_LIMITED", message: `Too many failed sign-ins. Try again in ${Math.ceil(retryAfter / 60)} minute(s).` } },
        { status: 429, headers: { "Retry-After": String(retryAfter) } },
      );
    }
  }
  return NextAuth(authOptions())(req, ctx);
}
