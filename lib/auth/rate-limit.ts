import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

/**
 * Failed sign-ins are counted per email and per IP over a sliding window, in Postgres so
 * the limit holds across app instances. A success clears that email's failures.
 */
export async function signInRetryAfter(email: string, ip: string, now = new Date()): Promise<number | null> {
  const { SIGNIN_MAX_FAILURES_PER_EMAIL: perEmail, SIGNIN_MAX_FAILURES_PER_IP: perIp, SIGNIN_WINDOW_SECONDS: window } = env();
  const since = new Date(now.getTime() - window * 1000);
  const [byEmail, byIp] = await Promise.all([
    db.signInFailure.findMany({ where: { email, createdAt: { gt: since } }, orderBy: { createdAt: "desc" }, take: perEmail, select: { createdAt: true } }),
    db.signInFailure.findMany({ where: { ip, createdAt: { gt: since } }, orderBy: { createdAt: "desc" }, take: perIp, select: { createdAt: true } }),
  ]);
  // Blocked until the oldest failure that still counts leaves the window.
  const until = (rows: { createdAt: Date }[], max: number) =>
    rows.length >= max ? rows[max - 1].createdAt.getTime() + window * 1000 : 0;
  const blockedUntil = Math.max(until(byEmail, perEmail), until(byIp, perIp));
  return blockedUntil > now.getTime() ? Math.ceil((blockedUntil - now.getTime()) / 1000) : null;
}

export async function recordSignInFailure(email: string, ip: string): Promise<void> {
  await db.signInFailure.create({ data: { email, ip } });
}

export async function clearSignInFailures(email: string): Promise<void> {
  await db.signInFailure.deleteMany({ where: { email } });
}

/**
 * The client IP for the per-IP limit. `next start` fills X-Forwarded-For with the socket's
 * address when the request has none, so for direct connections its first entry is the
 * peer. Behind our own proxy (TRUST_PROXY=1) the proxy appends the real client last, and
 * anything before it may be forged, so the last entry is taken. A forged header can only
 * move a caller to another per-IP bucket; the per-email limit holds regardless.
 */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>): string {
  const get = (name: string) =>
    headers instanceof Headers ? headers.get(name) : ([] as (string | undefined)[]).concat(headers[name] ?? undefined)[0] ?? null;
  const chain = (get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const ip = env().TRUST_PROXY === "1" ? chain.at(-1) : chain[0];
  return ip ?? get("x-real-ip") ?? "unknown";
}
