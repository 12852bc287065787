import { describe, expect, it } from "vitest";
import { Rating } from "ts-fsrs";
import { seededRandom } from "@/lib/seeded-random";
import { DAY_MS, elapsedDays, fsrsRecall } from "@/lib/srs/fsrs/predict";
import { replayFsrs } from "@/lib/srs/fsrs/replay";
import { fsrsNext, resolveFsrsParams, type FsrsMemoryState } from "@/lib/srs/fsrs/scheduler";
import { SIMULATED_RETENTIONS, simulateWorkload } from "@/lib/srs/fsrs/simulate";
import type { Grade } from "@/lib/srs/sm2";

const NOW = new Date("2026-12-01T04:00:00Z");

/** The simulator as first written: one fsrsNext (state → Card → state) per simulated review. */
function reference(cards: readonly FsrsMemoryState[], now: Date): number[][] {
  const start = now.getTime();
  const end = start + 90 * DAY_MS;
  return SIMULATED_RETENTIONS.map((desiredRetention) => {
    const p = resolveFsrsParams({ desiredRetention });
    const rand = seededRandom(1);
    const perDay = new Array<number>(90).fill(0);
    for (const card of cards) {
      let state = card;
      let time = Math.max(start, Date.parse(card.due));
      for (let guard = 0; time < end && guard < 1000; guard++) {
        perDay[Math.floor((time - start) / DAY_MS)]++;
        const r =
          state.lastReview === null
            ? 1
            : fsrsRecall(elapsedDays(Date.parse(state.lastReview), time), state.stability, p.w);
        const next = fsrsNext(state, rand() < r ? Rating.Good : Rating.Again, new Date(time), p);
        state = next.state;
        time = Math.max(time + 60_000, next.due.getTime());
      }
    }
    return perDay;
  });
}

describe("simulateWorkload's Card loop", () => {
  it("counts exactly what the state-by-state loop counted, learning and relearning cards included", () => {
    const rand = seededRandom(5);
    const cards = Array.from({ length: 300 }, () => {
      let t = NOW.getTime() - Math.floor(rand() * 120) * DAY_MS;
      const events = Array.from({ length: 1 + Math.floor(rand() * 8) }, () => {
        t += rand() < 0.3 ? Math.floor(rand() * 30) * 60_000 : Math.floor(rand() * 20 * DAY_MS);
        return { time: Math.min(t, NOW.getTime()), grade: Math.floor(rand() * 6) as Grade };
      });
      return replayFsrs(events)!;
    });
    expect(simulateWorkload(cards, NOW).map((r) => r.perDay)).toEqual(reference(cards, NOW));
  });
});
