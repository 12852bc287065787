import "server-only";
import { db } from "@/lib/db/client";
import type { Scheduler } from "@/lib/db/generated/client";
import { logLoss, rmseBins, type Outcome, type ReliabilityBin } from "./fsrs/metrics";
import { simulateWorkload, type WorkloadRow } from "./fsrs/simulate";
import type { TrueRetentionTable } from "./fsrs/true-retention";
import { replayCards } from "./calibration-math";
import { loadReplayCards, loggedSummary, trueRetentionCounts } from "./calibration-queries";
import { getFsrsModelStatus } from "./fsrs-model";

/** Fewer logged predictions than this and the diagram is noise: the page shows what will come instead. */
export const MIN_PREDICTIONS = 20;

export interface ModelScoreSummary {
  /** Reviews scored (every review after a card's first; SM-2 leaves out same-day drills). */
  reviews: number;
  /** null when there was nothing to score. */
  logLoss: number | null;
  rmseBins: number | null;
}

export interface Calibration {
  scheduler: Scheduler;
  desiredRetention: number;
  reviews: number;
  /** Reviews whose predicted recall was logged when they were answered. */
  predictions: number;
  enough: boolean;
  /** 20 bins of the logged predictedR against the observed recall rate (grade ≥ 3). */
  reliability: ReliabilityBin[];
  logged: ModelScoreSummary;
  /** Both schedulers replayed over the learner's own log. */
  models: { sm2: ModelScoreSummary; fsrs: ModelScoreSummary & { weights: "fitted" | "default" } };
  trueRetention: TrueRetentionTable;
  workload: { cards: number; rows: WorkloadRow[] };
}

const finite = (x: number) => (Number.isFinite(x) ? x : null);

function summary(outcomes: readonly Outcome[]): ModelScoreSummary {
  return { reviews: outcomes.length, logLoss: finite(logLoss(outcomes)), rmseBins: finite(rmseBins(outcomes)) };
}

/**
 * Everything the "Is it working?" page shows, for one learner, computed now from the whole log: how
 * well the logged predictions matched what happened, how SM-2 and FSRS (the learner's weights) score
 * on a replay of their log, Anki's true retention, and the workload each desired retention would
 * bring. The counts are summed in SQL and the replay runs on ts-fsrs's memory-state formulas (about
 * 2 µs a review). The page reads it through calibration-snapshot.ts, which stores it.
 */
export async function getCalibration(user: { id: string }, now: Date = new Date()): Promise<Calibration> {
  const [settings, model] = await Promise.all([calibrationSettings(user.id), getFsrsModelStatus(user.id)]);
  return computeCalibration(user.id, settings, model.inUse, now);
}

export const calibrationSettings = (userId: string) =>
  db.user.findUniqueOrThrow({ where: { id: userId }, select: { scheduler: true, desiredRetention: true } });

export async function computeCalibration(
  userId: string,
  settings: { scheduler: Scheduler; desiredRetention: number },
  inUse: { source: "fitted" | "default"; parameters: number[] },
  now: Date,
): Promise<Calibration> {
  const [cards, logged, retention] = await Promise.all([
    loadReplayCards(userId),
    loggedSummary(userId),
    trueRetentionCounts(userId, now),
  ]);
  const w = inUse.parameters;
  const replay = replayCards(cards, w);
  return {
    scheduler: settings.scheduler,
    desiredRetention: settings.desiredRetention,
    reviews: cards.reduce((n, c) => n + c.times.length, 0),
    predictions: logged.predictions,
    enough: logged.predictions >= MIN_PREDICTIONS,
    reliability: logged.reliability,
    logged: { reviews: logged.predictions, logLoss: finite(logged.logLoss), rmseBins: finite(logged.rmseBins) },
    models: { sm2: summary(replay.sm2), fsrs: { ...summary(replay.fsrs), weights: inUse.source } },
    trueRetention: retention,
    workload: { cards: replay.finalStates.length, rows: simulateWorkload(replay.finalStates, now, { w }) },
  };
}
