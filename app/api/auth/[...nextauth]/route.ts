import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { clientIp, signInRetryAfter } from "@/lib/auth/rate-limit";
import { emailSchema } from "@/lib/auth/schemas";
import { apiRoute } from "@/lib/security/api-route";
import { appOrigin, isHttpsOrigin } from "@/lib/security/origin";

type Ctx = { params: Promise<{ nextauth: string[] }> };

// Cookie names follow the same origin rule lib/auth/session.ts reads them by (__Secure- on https).
function nextAuth(req: Request, ctx: Ctx) {
  return NextAuth({ ...authOptions(), useSecureCookies: isHttpsOrigin(appOrigin(req.headers, req.url)) })(req, ctx);
}

// apiRoute refuses cross-origin POSTs (sign-in, sign-out) beside next-auth's own CSRF token.
export const GET = apiRoute(nextAuth);

/** Credentials sign-in is refused with 429 + Retry-After once the email or IP is over its limit. */
export const POST = apiRoute(async (req: Request, ctx: Ctx) => {
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
});
