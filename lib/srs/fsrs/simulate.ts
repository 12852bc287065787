import { Rating } from "ts-fsrs";
import { DAY_MS, elapsedDays, fsrsRecall } from "./predict";
import { fsrsInstance, resolveFsrsParams, toCard, type FsrsMemoryState, type FsrsParams } from "./scheduler";
import { seededRandom } from "@/lib/seeded-random";

export const SIMULATED_RETENTIONS = [0.8, 0.85, 0.9, 0.95, 0.97] as const;

export interface WorkloadRow {
  desiredRetention: number;
  /** Reviews on each day, day 0 = the day starting at `now`. */
  perDay: number[];
  total30: number;
  total90: number;
  /** Mean reviews per day over the first 30 and 90 days. */
  mean30: number;
  mean90: number;
}

export interface SimulateOptions {
  days?: number;
  seed?: number;
  retentions?: readonly number[];
}

/**
 * Monte Carlo workload: every card is reviewed on its due day (overdue cards on day 0); recall is
 * drawn from the FSRS forgetting curve with a seeded RNG, so the same input gives the same
 * answer; a recalled card is graded Good, a forgotten one Again. Same-day relearning steps count
 * as reviews. Each retention uses the same seed, so the rows differ only by the retention.
 */
export function simulateWorkload(
  cards: readonly FsrsMemoryState[],
  now: Date,
  params: Partial<Omit<FsrsParams, "desiredRetention">> = {},
  options: SimulateOptions = {},
): WorkloadRow[] {
  const days = Math.max(90, options.days ?? 90);
  const start = now.getTime();
  const end = start + days * DAY_MS;
  return (options.retentions ?? SIMULATED_RETENTIONS).map((desiredRetention) => {
    const p = resolveFsrsParams({ ...params, desiredRetention });
    const rand = seededRandom(options.seed ?? 1);
    const perDay = new Array<number>(days).fill(0);
    const f = fsrsInstance(p);
    for (const start0 of cards) {
      // The Card itself goes round the loop: the same steps as fsrsNext without two ISO
      // conversions per simulated review (the simulator's main cost).
      let card = toCard(start0);
      let time = Math.max(start, card.due.getTime());
      // A card's own reviews are at most a few per day; the cap guards against a runaway loop.
      for (let guard = 0; time < end && guard < 1000; guard++) {
        perDay[Math.floor((time - start) / DAY_MS)]++;
        const last = card.last_review;
        const r = last === undefined ? 1 : fsrsRecall(elapsedDays(last.getTime(), time), card.stability, p.w);
        card = f.next(card, new Date(time), rand() < r ? Rating.Good : Rating.Again).card;
        time = Math.max(time + 60_000, card.due.getTime());
      }
    }
    const sum = (n: number) => perDay.slice(0, n).reduce((a, b) => a + b, 0);
    return {
      desiredRetention,
      perDay,
      total30: sum(30),
      total90: sum(90),
      mean30: sum(30) / 30,
      mean90: sum(90) / 90,
    };
  });
}
