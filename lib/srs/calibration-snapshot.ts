import "server-only";
import { db, lagDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { calibrationSettings, computeCalibration, type Calibration } from "./calibration";
import { getFsrsModelStatus } from "./fsrs-model";
import { logger } from "@/lib/observability/log";

/** The page's view: the stored calibration, and whether newer reviews or settings are still being added. */
export interface CalibrationView extends Calibration {
  computedAt: Date;
  /** True while the stored result predates the log, settings or model; a refresh is under way. */
  refreshing: boolean;
  /** Reviews logged after the stored result was computed (0 when only settings or the hour moved). */
  newerReviews: number;
}

/** Runs work after the response is sent (next/server's `after` on the page; the bench and tests pass their own). */
export type Defer = (work: () => Promise<void>) => void;

/**
 * The log's stamp: its newest live review id. Reviews are only appended and undo takes back the
 * newest live one, so the live log is a stack and its top names it (no review is ever deleted
 * but with its learner). One probe of the (userId, id) index, where counting the log scanned
 * every row (200 ms at 100,000 reviews).
 */
async function logStamp(userId: string): Promise<bigint> {
  const [row] = await lagDb.$queryRaw<{ id: bigint | null }[]>`
    SELECT max(id) AS id FROM "ReviewLog" WHERE "userId" = ${userId} AND "undoneAt" IS NULL`;
  return row.id ?? 0n;
}

async function newerReviews(userId: string, after: bigint): Promise<number> {
  const [row] = await lagDb.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "ReviewLog" WHERE "userId" = ${userId} AND id > ${after} AND "undoneAt" IS NULL`;
  return row.n;
}

async function currentKey(userId: string, now: Date) {
  const [settings, model, stamp] = await Promise.all([
    calibrationSettings(userId),
    getFsrsModelStatus(userId),
    logStamp(userId),
  ]);
  // The hour is in the key because true retention's windows (last day, week …) move with it.
  const hour = Math.floor(now.getTime() / 3_600_000);
  const key = [stamp, settings.scheduler, settings.desiredRetention, model.inUse.modelId, hour].join("|");
  return { settings, model, stamp, key };
}

/** Computes and stores one learner's calibration for the key it was computed from. */
async function refresh(userId: string, now: Date): Promise<Calibration & { computedAt: Date }> {
  const { settings, model, stamp, key } = await currentKey(userId, now);
  const value = await computeCalibration(userId, settings, model.inUse, now);
  const json = value as unknown as Prisma.InputJsonValue;
  const row = await db.calibrationSnapshot.upsert({
    where: { userId },
    create: { userId, key, lastReviewId: stamp, value: json, computedAt: now },
    update: { key, lastReviewId: stamp, value: json, computedAt: now },
    select: { computedAt: true },
  });
  return { ...value, computedAt: row.computedAt };
}

// One refresh per learner at a time in this process; a second view while it runs serves the stored one.
const running = new Set<string>();

/**
 * The "Is it working?" page for one learner in one indexed read when nothing changed. When the log,
 * settings or model moved on, it shows the stored result marked as refreshing and recomputes it
 * after the response (`defer`), so no view waits seconds for a replay of 100,000 reviews; the first
 * view ever computes while the learner waits, as there is nothing to show before it.
 */
export async function getCalibrationView(
  user: { id: string },
  { now = new Date(), defer }: { now?: Date; defer: Defer },
): Promise<CalibrationView> {
  const [current, stored] = await Promise.all([
    currentKey(user.id, now),
    db.calibrationSnapshot.findUnique({ where: { userId: user.id } }),
  ]);
  if (!stored) return { ...(await refresh(user.id, now)), refreshing: false, newerReviews: 0 };
  const value = stored.value as unknown as Calibration;
  if (stored.key === current.key)
    return { ...value, computedAt: stored.computedAt, refreshing: false, newerReviews: 0 };
  if (!running.has(user.id)) {
    running.add(user.id);
    defer(async () => {
      try {
        await refresh(user.id, now);
      } catch (err) {
        // The stored result stays; the next view tries again.
        logger.error({ err, userId: user.id }, "calibration refresh failed");
      } finally {
        running.delete(user.id);
      }
    });
  }
  return {
    ...value,
    // The settings shown are the learner's own now; the numbers catch up when the refresh lands.
    scheduler: current.settings.scheduler,
    desiredRetention: current.settings.desiredRetention,
    computedAt: stored.computedAt,
    refreshing: true,
    newerReviews: await newerReviews(user.id, stored.lastReviewId),
  };
}
