import "server-only";
import { db, type Tx } from "@/lib/db/client";
import type { Scheduler } from "@/lib/db/generated/client";
import { FSRS_DEFAULT_PARAMS, resolveFsrsParams, type FsrsParams } from "./fsrs/scheduler";

/** Which weights a learner's FSRS runs on: their newest adopted fit, or ts-fsrs's defaults. */
export interface FsrsModelInUse {
  fitted: boolean;
  reviewCount: number | null;
  fittedAt: string | null;
}

export interface LearnerScheduler {
  scheduler: Scheduler;
  desiredRetention: number;
  params: FsrsParams;
  model: FsrsModelInUse;
}

/**
 * The learner's model: their newest adopted FsrsModel row (ties by id), or null for the defaults.
 * The one definition of "the model in use"; recordReview and getLearnerScheduler read the same row inside their own queries.
 */
export function newestAdoptedModel(userId: string, client: Tx | typeof db = db) {
  return client.fsrsModel.findFirst({
    where: { userId, adopted: true },
    orderBy: [{ fittedAt: "desc" }, { id: "desc" }],
  });
}

const usable = (w: readonly number[] | null | undefined): w is number[] =>
  !!w && w.length === 21 && w.every(Number.isFinite);

/** FSRS params from a stored weight vector (null or unusable → defaults) and a desired retention. */
export function fsrsParamsFrom(weights: readonly number[] | null | undefined, desiredRetention: number): FsrsParams {
  return resolveFsrsParams({ desiredRetention, ...(usable(weights) ? { w: weights } : {}) });
}

/**
 * The learner's active scheduler and FSRS params: the weights of their newest adopted
 * FsrsModel (else ts-fsrs's defaults) with User.desiredRetention.
 */
export async function getLearnerScheduler(userId: string): Promise<LearnerScheduler> {
  // One round trip (the study queue asks on every fetch): the learner's settings and the same
  // row newestAdoptedModel picks.
  const rows = await db.$queryRaw<
    {
      scheduler: Scheduler | null;
      desiredRetention: number | null;
      parameters: number[] | null;
      reviewCount: number | null;
      fittedAt: Date | null;
    }[]
  >`
    SELECT u.scheduler::text AS scheduler, u."desiredRetention", m.parameters, m."reviewCount", m."fittedAt"
    FROM (SELECT 1) AS one
    LEFT JOIN "User" u ON u.id = ${userId}
    LEFT JOIN LATERAL (
      SELECT f.parameters, f."reviewCount", f."fittedAt" FROM "FsrsModel" f
      WHERE f."userId" = ${userId} AND f.adopted ORDER BY f."fittedAt" DESC, f.id DESC LIMIT 1
    ) m ON true`;
  // `FROM (SELECT 1)` makes exactly one row, with nulls for a learner or model not found.
  const row = rows[0];
  const desiredRetention = row.desiredRetention ?? FSRS_DEFAULT_PARAMS.desiredRetention;
  return {
    scheduler: row.scheduler ?? "SM2",
    desiredRetention,
    params: fsrsParamsFrom(row.parameters, desiredRetention),
    model:
      usable(row.parameters) && row.reviewCount !== null && row.fittedAt
        ? { fitted: true, reviewCount: row.reviewCount, fittedAt: row.fittedAt.toISOString() }
        : { fitted: false, reviewCount: null, fittedAt: null },
  };
}

/** The learner's FSRS params (see getLearnerScheduler). */
export async function getFsrsParams(userId: string): Promise<FsrsParams> {
  return (await getLearnerScheduler(userId)).params;
}
