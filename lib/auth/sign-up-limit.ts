import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { BUDGET_TX, LOCK, lockKey, retryAfterSeconds, shouldPrune } from "./attempt-budget";

/**
 * Admits one sign-up from `ip` (SIGNUP_MAX_PER_IP per SIGNUP_WINDOW_SECONDS) or throws
 * RATE_LIMITED with Retry-After. Counted and recorded under a per-IP lock in one
 * transaction, so a parallel burst cannot create more accounts than the budget.
 */
export async function reserveSignUpAttempt(ip: string, now = new Date()): Promise<void> {
  const { SIGNUP_MAX_PER_IP: max, SIGNUP_WINDOW_SECONDS: window } = env();
  const since = new Date(now.getTime() - window * 1000);
  const retryAfter = await db.$transaction(async (tx) => {
    await lockKey(tx, LOCK.SIGNUP_IP, ip);
    const nth = await tx.signUpAttempt.findFirst({
      where: { ip, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      skip: max - 1,
      select: { createdAt: true },
    });
    const wait = retryAfterSeconds(nth, window, now);
    if (!wait) await tx.signUpAttempt.create({ data: { ip, createdAt: now } });
    return wait;
  }, BUDGET_TX);
  if (shouldPrune()) await db.signUpAttempt.deleteMany({ where: { createdAt: { lt: since } } });
  if (retryAfter) {
    const minutes = Math.ceil(retryAfter / 60);
    throw new AppError(
      "RATE_LIMITED",
      `Too many sign-ups from your address. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      {
        retryAfterSeconds: retryAfter,
      },
    );
  }
}
