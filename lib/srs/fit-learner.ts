import "server-only";
import { db } from "@/lib/db/client";
import type { Grade } from "./sm2";
import { fitFsrs, MIN_REVIEWS_TO_FIT } from "./fsrs/fit";
import { evaluate } from "./fsrs/evaluate";
import { sm2GradeToRating } from "./fsrs/grades";
import type { ReviewEvent } from "./fsrs/replay";
import type { CsvReview } from "./fsrs/synthetic";
import { currentFsrsWeights, FSRS_MODEL_TAG } from "./fsrs-model";

export interface FitLearnerOutcome {
  modelId: string;
  adopted: boolean;
  reason: string;
  reviewCount: number;
}

interface LoggedReview {
  questionId: string;
  grade: number;
  reviewedAt: Date;
}

/** The learner's reviews that count (undone ones never happened), oldest first. */
export function loadReviews(userId: string): Promise<LoggedReview[]> {
  return db.reviewLog.findMany({
    where: { userId, undoneAt: null },
    orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
    select: { questionId: true, grade: true, reviewedAt: true },
  });
}

function historiesOf(rows: readonly LoggedReview[]): ReviewEvent[][] {
  const cards = new Map<string, ReviewEvent[]>();
  for (const r of rows) {
    let h = cards.get(r.questionId);
    if (!h) cards.set(r.questionId, (h = []));
    h.push({ time: r.reviewedAt.getTime(), grade: r.grade as Grade });
  }
  return [...cards.values()];
}

const fmt = (x: number) => x.toFixed(4);

/**
 * Fits FSRS-6 to one learner's history and stores the attempt as an FsrsModel row, adopted or
 * not, so the learner can always see why. The new weights are fitted on the first 75 % of
 * reviews by time and must predict the last 25 % no worse (log loss) than the weights in use;
 * only then are they refitted on everything and adopted. Under 64 reviews the row holds the
 * defaults, adopted = false, and the reason.
 */
export async function fitLearner(userId: string): Promise<FitLearnerOutcome | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
  if (!user) return null; // deleted since the job was queued: nothing to fit
  const rows = await loadReviews(userId);
  const histories = historiesOf(rows);
  const options = { timeZone: user.timeZone };
  const store = async (row: {
    parameters: readonly number[];
    adopted: boolean;
    reason: string;
    logLoss?: number;
    rmseBins?: number;
    baselineLogLoss?: number;
  }): Promise<FitLearnerOutcome> => {
    const m = await db.fsrsModel.create({
      data: { userId, modelTag: FSRS_MODEL_TAG, reviewCount: rows.length, ...row, parameters: [...row.parameters] },
      select: { id: true },
    });
    return { modelId: m.id, adopted: row.adopted, reason: row.reason, reviewCount: rows.length };
  };

  if (rows.length < MIN_REVIEWS_TO_FIT) {
    const defaults = await fitFsrs(histories, options);
    return store({ parameters: defaults.parameters, adopted: false, reason: `kept the defaults: ${defaults.reason}` });
  }

  const current = await currentFsrsWeights(userId);
  const csv: CsvReview[] = rows.map((r) => ({
    cardId: r.questionId,
    reviewTime: r.reviewedAt.getTime(),
    rating: sm2GradeToRating(r.grade as Grade),
  }));
  const report = await evaluate(csv, { ...options, currentWeights: current });
  if (!report.fit.fitted)
    return store({
      parameters: report.fit.parameters,
      adopted: false,
      reason: `kept the current parameters: fitting the first 75 % failed (${report.fit.reason})`,
    });
  const trial = report.models.fsrsFitted;
  const baseline = report.models.fsrsCurrent;
  const metrics = { logLoss: trial.logLoss, rmseBins: trial.rmseBins, baselineLogLoss: baseline.logLoss };
  if (report.evaluated === 0)
    return store({
      parameters: trial.parameters,
      adopted: false,
      reason: "kept the current parameters: no review in the last 25 % to compare them on",
    });
  if (trial.logLoss > baseline.logLoss)
    return store({
      parameters: trial.parameters,
      adopted: false,
      reason: `kept the current parameters: held-out log loss ${fmt(trial.logLoss)} is worse than their ${fmt(baseline.logLoss)}`,
      ...metrics,
    });

  const full = await fitFsrs(histories, options);
  if (!full.fitted)
    return store({
      parameters: trial.parameters,
      adopted: false,
      reason: `kept the current parameters: the refit on all reviews failed (${full.reason})`,
      ...metrics,
    });
  return store({
    parameters: full.parameters,
    adopted: true,
    reason: `adopted: held-out log loss ${fmt(trial.logLoss)} is no worse than the current ${fmt(baseline.logLoss)}`,
    ...metrics,
  });
}

/** Learners the weekly run refits: those with at least 64 reviews that count. */
export async function learnersToFit(): Promise<string[]> {
  const rows = await db.reviewLog.groupBy({
    by: ["userId"],
    where: { undoneAt: null },
    _count: { _all: true },
    having: { userId: { _count: { gte: MIN_REVIEWS_TO_FIT } } },
  });
  return rows.map((r) => r.userId);
}
