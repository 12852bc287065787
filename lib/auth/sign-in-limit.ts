import { AsyncLocalStorage } from "node:async_hooks";

type Refusal = { retryAfter?: number };
const refusals = new AsyncLocalStorage<Refusal>();

/** Called by authorize() when the budget refused the attempt, so the route can answer 429. */
export function reportSignInRefused(retryAfter: number): void {
  const refusal = refusals.getStore();
  if (refusal) refusal.retryAfter = retryAfter;
}

/**
 * Runs a credentials callback; if authorize() was refused by the attempt budget, the
 * answer is 429 + Retry-After in the API's error shape instead of next-auth's generic
 * failure. The budget itself is enforced in authorize(), next to the password check, so
 * no way into authorize() can skip it.
 */
export async function withSignInLimit(requestUrl: string, run: () => Promise<Response>): Promise<Response> {
  const refusal: Refusal = {};
  const res = await refusals.run(refusal, run);
  if (!refusal.retryAfter) return res;
  const retryAfter = refusal.retryAfter;
  const minutes = Math.ceil(retryAfter / 60);
  const url = new URL(`/sign-in?error=RateLimited&retryAfter=${retryAfter}`, requestUrl).toString();
  return Response.json(
    {
      url,
      error: {
        code: "RATE_LIMITED",
        message: `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      },
    },
    { status: 429, headers: { "Retry-After": String(retryAfter) } },
  );
}
