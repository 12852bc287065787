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

/** The client IP; X-Forwarded-For is trusted only behind a proxy we run (TRUST_PROXY=1). */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>): string {
  const get = (name: string) =>
    headers instanceof Headers ? headers.get(name) : ([] as (string | undefined)[]).concat(headers[name] ?? undefined)[0] ?? null;
  if (env().TRUST_PROXY === "1") {
    const fwd = get("x-forwarded-for");
    if (fwd) return fwd.split(",")[0].trim();
  }
  return get("x-real-ip") ?? "local";
}
