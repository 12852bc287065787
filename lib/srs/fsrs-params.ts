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
 * The one definition of "the model in use"; recordReview reads the same row inside its own query.
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
  const [user, model] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { scheduler: true, desiredRetention: true } }),
    newestAdoptedModel(userId),
  ]);
  const desiredRetention = user?.desiredRetention ?? FSRS_DEFAULT_PARAMS.desiredRetention;
  const fitted = usable(model?.parameters);
  return {
    scheduler: user?.scheduler ?? "SM2",
    desiredRetention,
    params: fsrsParamsFrom(model?.parameters, desiredRetention),
    model: fitted
      ? { fitted: true, reviewCount: model.reviewCount, fittedAt: model.fittedAt.toISOString() }
      : { fitted: false, reviewCount: null, fittedAt: null },
  };
}

/** The learner's FSRS params (see getLearnerScheduler). */
export async function getFsrsParams(userId: string): Promise<FsrsParams> {
  return (await getLearnerScheduler(userId)).params;
}
