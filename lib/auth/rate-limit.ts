import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { lastEntry } from "@/lib/security/origin";
import { PEER_HEADER } from "@/scripts/peer-header.mjs";
import { BUDGET_TX, KEEP_DAYS, LOCK, lockKey, retryAfterSeconds, shouldPrune } from "./attempt-budget";

export type SignInReservation = { ok: true; attemptId: bigint } | { ok: false; retryAfter: number };

const DAY = 24 * 3600 * 1000;

/**
 * Admits one sign-in attempt or says how long to wait, before any password is checked.
 * The attempt is recorded in the same transaction that counted, under per-IP and
 * per-email locks, so parallel guesses cannot evaluate more passwords than the budget.
 *
 * Budgets over SIGNIN_WINDOW_SECONDS:
 * - per (email, IP), every attempt: the tight one (5), so a stranger guessing from their
 *   address stops there, and N parallel attempts check at most 5 passwords in all;
 * - per IP and per email, attempts not (yet) successful (30, 50): against one address
 *   spraying many accounts, and many addresses on one account. An address this email has
 *   signed in from in the last KEEP_DAYS days skips both, so strangers cannot use them to
 *   lock the owner out of a device they already use. See docs/security/signin.md.
 */
export async function reserveSignInAttempt(email: string, ip: string, now = new Date()): Promise<SignInReservation> {
  const e = env();
  const since = new Date(now.getTime() - e.SIGNIN_WINDOW_SECONDS * 1000);
  const reservation = await db.$transaction(async (tx) => {
    // Fixed order (IP class, then email class): two attempts can never wait on each other in a cycle.
    await lockKey(tx, LOCK.SIGNIN_IP, ip);
    await lockKey(tx, LOCK.SIGNIN_EMAIL, email);
    const open = { succeeded: false, createdAt: { gt: since } };
    const known = await tx.signInAttempt.findFirst({
      where: { email, ip, succeeded: true, createdAt: { gt: new Date(now.getTime() - KEEP_DAYS * DAY) } },
      select: { id: true },
    });
    const budgets: { where: Prisma.SignInAttemptWhereInput; max: number }[] = [
      { where: { email, ip, createdAt: { gt: since } }, max: e.SIGNIN_MAX_FAILURES_PER_ACCOUNT_IP },
    ];
    if (!known)
      budgets.push(
        { where: { ...open, ip }, max: e.SIGNIN_MAX_FAILURES_PER_IP },
        { where: { ...open, email }, max: e.SIGNIN_MAX_FAILURES_PER_EMAIL },
      );
    for (const { where, max } of budgets) {
      const nth = await tx.signInAttempt.findFirst({
        where,
        orderBy: { createdAt: "desc" },
        skip: max - 1,
        select: { createdAt: true },
      });
      const retryAfter = retryAfterSeconds(nth, e.SIGNIN_WINDOW_SECONDS, now);
      // A refused attempt is not recorded: it checked no password, and recording it would let a stranger keep the window sliding.
      if (retryAfter) return { ok: false as const, retryAfter };
    }
    const row = await tx.signInAttempt.create({ data: { email, ip, createdAt: now }, select: { id: true } });
    return { ok: true as const, attemptId: row.id };
  }, BUDGET_TX);
  if (shouldPrune())
    await db.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - KEEP_DAYS * DAY) } } });
  return reservation;
}

/** Marks the admitted attempt successful; earlier failures stay on record and keep counting. */
export async function markSignInSucceeded(attemptId: bigint): Promise<void> {
  await db.signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}

/**
 * The client address for the per-IP budgets. Directly connected (TRUST_PROXY=0, the
 * default) it is the socket's peer address, which scripts/next-server.mjs puts in PEER_HEADER;
 * X-Forwarded-For is ignored, because `next start` passes a client-sent one through
 * untouched. Behind our own proxy (TRUST_PROXY=1) the proxy appends the real client last
 * to X-Forwarded-For and anything before it may be forged, so the last entry is taken.
 */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>): string {
  const get = (name: string) =>
    headers instanceof Headers
      ? headers.get(name)
      : (([] as (string | undefined)[]).concat(headers[name] ?? undefined)[0] ?? null);
  if (env().TRUST_PROXY === "1") {
    const last = lastEntry(get("x-forwarded-for"));
    if (last) return canonicalIp(last);
  }
  return canonicalIp(get(PEER_HEADER)?.trim() || "unknown");
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * One spelling per address, so one client cannot hold two budgets: a dual-stack socket
 * reports an IPv4 client as `::ffff:127.0.0.1` while a proxy writes `127.0.0.1`, and IPv6
 * has many spellings (`2001:DB8::1`, `2001:db8:0:0::1`, `[2001:db8::1]`). IPv4-mapped
 * addresses become dotted IPv4 and IPv6 takes its compressed lower-case form (the URL
 * parser's, RFC 5952). Anything else is kept as it came.
 */
export function canonicalIp(raw: string): string {
  const s = raw.trim().replace(/^\[(.*)\]$/, "$1");
  if (IPV4.test(s)) return s;
  let v6: string;
  try {
    v6 = new URL(`http://[${s}]/`).hostname.slice(1, -1);
  } catch {
    return s;
  }
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(v6);
  if (!mapped) return v6;
  const [hi, lo] = [parseInt(mapped[1], 16), parseInt(mapped[2], 16)];
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join(".");
}
