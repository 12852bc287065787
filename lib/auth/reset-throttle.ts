import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export const RESET_WINDOW_SECONDS = 3600;
export const RESET_MAX_PER_EMAIL = 3;
export const RESET_MAX_PER_IP = 10;

/**
 * Counts a reset request against its email and its client address in fixed one-hour
 * windows and refuses it (429 + Retry-After) over the limit, so the form cannot mail-bomb an
 * inbox. One INSERT … ON CONFLICT DO UPDATE … RETURNING per request: the increment and the
 * read are one atomic statement, so parallel requests cannot all see "under the limit".
 * The count is taken before the email is looked up, so a refusal says nothing about accounts.
 */
export async function throttleResetRequest(email: string, ip: string, now = new Date()): Promise<void> {
  const windowMs = RESET_WINDOW_SECONDS * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const emailKey = `email:${email}`;
  const ipKey = `ip:${ip}`;
  // Rows always in the order email, ip, so two requests never lock each other's keys crosswise.
  const rows = await db.$queryRaw<{ key: string; count: number }[]>`
    INSERT INTO "PasswordResetThrottle" ("key", "windowStart", "count")
    VALUES (${emailKey}, ${windowStart}, 1), (${ipKey}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "PasswordResetThrottle"."count" + 1
    RETURNING "key", "count"`;
  await db.passwordResetThrottle.deleteMany({
    where: { key: { in: [emailKey, ipKey] }, windowStart: { lt: windowStart } },
  });
  const count = (key: string) => rows.find((r) => r.key === key)?.count ?? 0;
  if (count(emailKey) > RESET_MAX_PER_EMAIL || count(ipKey) > RESET_MAX_PER_IP) {
    const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
    const minutes = Math.ceil(retryAfterSeconds / 60);
    throw new AppError(
      "RATE_LIMITED",
      `Too many reset requests. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      { retryAfterSeconds },
    );
  }
}
