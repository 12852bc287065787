import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { clientIp, signInRetryAfter } from "@/lib/auth/rate-limit";
import { emailSchema } from "@/lib/auth/schemas";

type Ctx = { params: Promise<{ nextauth: string[] }> };

function nextAuth(req: Request, ctx: Ctx) {
  return NextAuth(authOptions())(req, ctx);
}

export const GET = nextAuth;

/** Credentials sign-in is refused with 429 + Retry-After once the email or IP is over its limit. */
export async function POST(req: Request, ctx: Ctx) {
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
  return nextAuth(req, ctx);
}
