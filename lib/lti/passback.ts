import "server-only";
import type PgBoss from "pg-boss";
import { db } from "@/lib/db/client";
import { sendJob } from "@/lib/jobs/send";
import { logger } from "@/lib/observability/log";
import { MEDIA, SCOPE, scoresUrl } from "./claims";
import { dropServiceToken, serviceToken, SERVICE_TIMEOUT_MS } from "./service-token";

/**
 * After an attempt is over (submitted or expired): one LtiScorePost row per line item it belongs
 * to (the links of its quiz this learner launched), then one grade-passback job keyed by the
 * attempt id. Both are idempotent (a unique row, a stately key), so call it as often as you like;
 * an attempt with no LTI link costs one query. Never throws: a submit must not fail because the
 * LMS or the queue is away (the rows stay PENDING; see docs/LTI.md).
 */
export async function queueGradePassback(attemptId: string, boss?: PgBoss): Promise<void> {
  try {
    const attempt = await db.quizAttempt.findUnique({
      where: { id: attemptId },
      select: { quizId: true, userId: true, status: true },
    });
    if (!attempt || attempt.status === "IN_PROGRESS") return;
    const links = await db.ltiResourceLink.findMany({
      where: { quizId: attempt.quizId, lineItemUrl: { not: null }, members: { some: { userId: attempt.userId } } },
      select: { id: true },
    });
    if (links.length === 0) return;
    await db.ltiScorePost.createMany({
      data: links.map((l) => ({ attemptId, linkId: l.id })),
      skipDuplicates: true,
    });
    await sendJob("grade-passback", { attemptId }, { singletonKey: attemptId, boss });
  } catch (err) {
    logger.error({ err, attemptId }, "lti: could not queue the grade passback");
  }
}

/**
 * The grade-passback job: posts each PENDING score of the attempt to its line item's /scores
 * (AGS 2.0 §3.4) and marks it SENT on a 2xx, once (the update is conditional on PENDING, and a
 * SENT row is never posted again). Anything else throws, so the queue retries it with backoff;
 * tries and the last error are kept on the row.
 */
export async function passBack(attemptId: string): Promise<{ sent: number; pending: number }> {
  const attempt = await db.quizAttempt.findUnique({
    where: { id: attemptId },
    select: { userId: true, status: true, scorePercent: true, submittedAt: true },
  });
  if (!attempt || attempt.status === "IN_PROGRESS") return { sent: 0, pending: 0 };
  const posts = await db.ltiScorePost.findMany({
    where: { attemptId, status: "PENDING" },
    include: { link: { include: { platform: true } } },
  });
  let sent = 0;
  const failures: string[] = [];
  for (const post of posts) {
    try {
      const score = await postScore(post.link, attempt);
      const { count } = await db.ltiScorePost.updateMany({
        where: { id: post.id, status: "PENDING" },
        data: { status: "SENT", sentAt: new Date(), tries: { increment: 1 }, lastError: null, ...score },
      });
      sent += count;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      failures.push(message);
      await db.ltiScorePost.update({
        where: { id: post.id },
        data: { tries: { increment: 1 }, lastError: message.slice(0, 1000) },
      });
    }
  }
  if (failures.length > 0) throw new Error(`grade passback: ${failures.join("; ")}`);
  return { sent, pending: 0 };
}

type Link = Awaited<ReturnType<typeof db.ltiResourceLink.findUniqueOrThrow>> & {
  platform: Awaited<ReturnType<typeof db.ltiPlatform.findUniqueOrThrow>>;
};

async function postScore(
  link: Link,
  attempt: { userId: string; scorePercent: number | null; submittedAt: Date | null },
): Promise<{ scoreGiven: number; scoreMaximum: number }> {
  const identity = await db.ltiIdentity.findFirst({
    where: { platformId: link.platformId, userId: attempt.userId },
    select: { sub: true },
  });
  if (!identity) throw new Error("the learner has no LTI identity on this platform");
  const scoreGiven = Math.round((attempt.scorePercent ?? 0) * 100) / 100;
  const body = {
    userId: identity.sub,
    scoreGiven,
    scoreMaximum: 100,
    activityProgress: "Completed",
    gradingProgress: "FullyGraded",
    timestamp: (attempt.submittedAt ?? new Date()).toISOString(),
  };
  const token = await serviceToken(link.platform, [SCOPE.score]);
  const res = await fetch(scoresUrl(link.lineItemUrl!), {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": MEDIA.score },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(SERVICE_TIMEOUT_MS),
  });
  if (res.status === 401) dropServiceToken(link.platformId);
  if (!res.ok) throw new Error(`the platform answered ${res.status} to the score`);
  return { scoreGiven, scoreMaximum: 100 };
}
