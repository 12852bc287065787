import { db } from "@/lib/db/client";
import { finalizeAttempt, openSince } from "./finalize";

/**
 * Finalizes open attempts (optionally of one learner or quiz) past its deadline + grace, scored on what was saved, so
 * history never shows a never-ending attempt. Safe on many instances at once: each
 * attempt is finalized under its row lock, and only once.
 */
export async function finalizeExpired(
  where: { userId?: string; quizId?: string } = {},
  now = new Date(),
): Promise<number> {
  const stale = await db.quizAttempt.findMany({
    where: { ...where, status: "IN_PROGRESS", deadlineAt: { lt: openSince(now) } },
    select: { id: true },
    take: 500,
  });
  for (const { id } of stale) await db.$transaction((tx) => finalizeAttempt(tx, id, now));
  return stale.length;
}
