import { z } from "zod";

export const fsrsModelDtoSchema = z.object({
  id: z.string(),
  modelTag: z.string(),
  parameters: z.array(z.number()),
  fittedAt: z.string(),
  reviewCount: z.number().int(),
  /** Held-out log loss / RMSE(bins) of these parameters, and of the parameters they were compared with. */
  logLoss: z.number().nullable(),
  rmseBins: z.number().nullable(),
  baselineLogLoss: z.number().nullable(),
  adopted: z.boolean(),
  reason: z.string().nullable(),
});
export type FsrsModelDto = z.infer<typeof fsrsModelDtoSchema>;

export const fsrsModelStatusSchema = z.object({
  inUse: z.object({
    source: z.enum(["fitted", "default"]),
    modelTag: z.string(),
    parameters: z.array(z.number()),
    modelId: z.string().nullable(),
  }),
  latestAttempt: fsrsModelDtoSchema.nullable(),
});
export type FsrsModelStatus = z.infer<typeof fsrsModelStatusSchema>;

export const fitJobSchema = z.object({
  jobId: z.string(),
  state: z.enum(["created", "retry", "active"]),
});
export type FitJob = z.infer<typeof fitJobSchema>;
