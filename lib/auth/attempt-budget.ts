import type { Tx } from "@/lib/db/client";

/** Advisory-lock classes (first key of pg_advisory_xact_lock); taken in this numeric order. */
export const LOCK = { SIGNIN_IP: 7101, SIGNIN_EMAIL: 7102, SIGNUP_IP: 7103 } as const;

/**
 * Serializes every attempt on `key` within `lockClass` until the transaction ends, so a
 * count taken after it sees every attempt committed before it: N parallel attempts are
 * admitted one at a time and at most the budget gets through.
 */
export async function lockKey(tx: Tx, lockClass: number, key: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${lockClass}::int, hashtext(${key}))`;
}

/**
 * Seconds until the attempt budget has room again, or null when it has room now. `nth` is
 * the `max`-th most recent attempt in the window (null when there are fewer); the budget
 * frees up when it leaves the window.
 */
export function retryAfterSeconds(nth: { createdAt: Date } | null, windowSeconds: number, now: Date): number | null {
  if (!nth) return null;
  const until = nth.createdAt.getTime() + windowSeconds * 1000;
  return until > now.getTime() ? Math.max(1, Math.ceil((until - now.getTime()) / 1000)) : null;
}

/** Interactive transactions wait behind the per-key lock; a burst of parallel attempts queues for a while. */
export const BUDGET_TX = { maxWait: 30_000, timeout: 30_000 } as const;

/** Rows are kept this long (a success from an address makes it "known" for this long), then pruned. */
export const KEEP_DAYS = 30;

/** Pruning on roughly one attempt in a hundred keeps the tables small without a scheduler. */
export const shouldPrune = () => Math.random() < 0.01;
