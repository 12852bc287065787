import "server-only";
import { db } from "@/lib/db/client";
import type { FsrsModel } from "@/lib/db/generated/client";
import { FSRS_DEFAULT_WEIGHTS } from "./fsrs/scheduler";
import type { FsrsModelDto, FsrsModelStatus } from "./fsrs-model-schemas";
import { newestAdoptedModel } from "./fsrs-params";

export const FSRS_MODEL_TAG = "FSRS-6";

/** The weights a learner's FSRS uses: the newest adopted fit, else FSRS-6's defaults. */
export async function currentFsrsWeights(userId: string): Promise<readonly number[]> {
  return (await newestAdoptedModel(userId))?.parameters ?? FSRS_DEFAULT_WEIGHTS;
}

function toDto(m: FsrsModel): FsrsModelDto {
  return {
    id: m.id,
    modelTag: m.modelTag,
    parameters: m.parameters,
    fittedAt: m.fittedAt.toISOString(),
    reviewCount: m.reviewCount,
    logLoss: m.logLoss,
    rmseBins: m.rmseBins,
    baselineLogLoss: m.baselineLogLoss,
    adopted: m.adopted,
    reason: m.reason,
  };
}

/** The model in use (null fields mean FSRS-6's defaults) and the latest fit attempt, adopted or not. */
export async function getFsrsModelStatus(userId: string): Promise<FsrsModelStatus> {
  const order = [{ fittedAt: "desc" as const }, { id: "desc" as const }];
  const [adopted, latest] = await Promise.all([
    newestAdoptedModel(userId),
    db.fsrsModel.findFirst({ where: { userId }, orderBy: order }),
  ]);
  return {
    inUse: adopted
      ? { source: "fitted", modelTag: adopted.modelTag, parameters: adopted.parameters, modelId: adopted.id }
      : { source: "default", modelTag: FSRS_MODEL_TAG, parameters: [...FSRS_DEFAULT_WEIGHTS], modelId: null },
    latestAttempt: latest ? toDto(latest) : null,
  };
}
