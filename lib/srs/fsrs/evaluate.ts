import { csvRatingToSm2Grade } from "./grades";
import { fitFsrs, type FitOptions, type FitResult } from "./fit";
import { logLoss, reliabilityBins, rmseBins, type Outcome, type ReliabilityBin } from "./metrics";
import { predictFsrs, predictSm2, type ReviewEvent } from "./replay";
import { FSRS_DEFAULT_WEIGHTS } from "./scheduler";
import type { CsvReview } from "./synthetic";

export const TRAIN_FRACTION = 0.75;

export interface ModelScore {
  logLoss: number;
  rmseBins: number;
  /** For the reliability diagram; the CLI leaves it out. */
  bins: ReliabilityBin[];
}

export interface EvaluateOptions extends FitOptions {
  /** The weights a learner uses now, scored as `fsrsCurrent` (default: FSRS-6's defaults). */
  currentWeights?: readonly number[];
}

export interface EvaluationReport {
  reviews: number;
  evaluated: number;
  models: {
    sm2: ModelScore;
    fsrsDefault: ModelScore;
    fsrsCurrent: ModelScore;
    fsrsFitted: ModelScore & { parameters: number[] };
  };
  fit: FitResult;
}

function byTimeThenCard(a: CsvReview, b: CsvReview): number {
  return a.reviewTime - b.reviewTime || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0);
}

function score(outcomes: Outcome[]): ModelScore {
  return { logLoss: logLoss(outcomes), rmseBins: rmseBins(outcomes), bins: reliabilityBins(outcomes) };
}

/**
 * Fit FSRS on the first 75 % of reviews (by time), then score SM-2, default FSRS and fitted FSRS
 * on every later review that is not its card's first, each predicted from all of that card's
 * earlier reviews (training ones included). Pure apart from the optimizer's CPU time.
 */
export async function evaluate(rows: readonly CsvReview[], options: EvaluateOptions = {}): Promise<EvaluationReport> {
  const sorted = [...rows].sort(byTimeThenCard);
  const cutoff = Math.floor(sorted.length * TRAIN_FRACTION);
  const cards = new Map<string, { events: ReviewEvent[]; index: number[] }>();
  sorted.forEach((r, index) => {
    let card = cards.get(r.cardId);
    if (!card) cards.set(r.cardId, (card = { events: [], index: [] }));
    card.events.push({ time: r.reviewTime, grade: csvRatingToSm2Grade(r.rating) });
    card.index.push(index);
  });

  const training = [...cards.values()]
    .map((c) => c.events.filter((_, i) => c.index[i] < cutoff))
    .filter((h) => h.length > 0);
  const fit = await fitFsrs(training, options);

  const currentWeights = options.currentWeights ?? FSRS_DEFAULT_WEIGHTS;
  const outcomes = {
    sm2: [] as Outcome[],
    fsrsDefault: [] as Outcome[],
    fsrsCurrent: [] as Outcome[],
    fsrsFitted: [] as Outcome[],
  };
  for (const { events, index } of cards.values()) {
    if (events.length < 2 || index[index.length - 1] < cutoff) continue;
    const sm2 = predictSm2(events);
    const def = predictFsrs(events, { w: FSRS_DEFAULT_WEIGHTS });
    const fitted = predictFsrs(events, { w: fit.parameters });
    const current = currentWeights === FSRS_DEFAULT_WEIGHTS ? def : predictFsrs(events, { w: currentWeights });
    for (let i = 1; i < events.length; i++) {
      if (index[i] < cutoff) continue;
      // Each row's own card order equals the global order because both sorts are stable by time.
      const recalled = events[i].grade >= 3;
      outcomes.sm2.push({ p: sm2[i - 1], recalled });
      outcomes.fsrsDefault.push({ p: def[i - 1], recalled });
      outcomes.fsrsCurrent.push({ p: current[i - 1], recalled });
      outcomes.fsrsFitted.push({ p: fitted[i - 1], recalled });
    }
  }
  return {
    reviews: sorted.length,
    evaluated: outcomes.sm2.length,
    models: {
      sm2: score(outcomes.sm2),
      fsrsDefault: score(outcomes.fsrsDefault),
      fsrsCurrent: score(outcomes.fsrsCurrent),
      fsrsFitted: { ...score(outcomes.fsrsFitted), parameters: fit.parameters },
    },
    fit,
  };
}

/** The CLI's JSON: the report without bins and fit details. */
export function toCliSummary(report: EvaluationReport) {
  const pick = ({ logLoss, rmseBins }: ModelScore) => ({ logLoss, rmseBins });
  return {
    reviews: report.reviews,
    evaluated: report.evaluated,
    models: {
      sm2: pick(report.models.sm2),
      fsrsDefault: pick(report.models.fsrsDefault),
      fsrsFitted: { ...pick(report.models.fsrsFitted), parameters: report.models.fsrsFitted.parameters },
    },
  };
}
