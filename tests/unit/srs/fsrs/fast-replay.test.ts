import { describe, expect, it } from "vitest";
import type { Grade } from "@/lib/srs/sm2";
import { fastReplayFsrs } from "@/lib/srs/fsrs/fast-replay";
import { predictFsrs, replayFsrs, type ReviewEvent } from "@/lib/srs/fsrs/replay";
import { FSRS_DEFAULT_WEIGHTS } from "@/lib/srs/fsrs/scheduler";
import { seededRandom } from "@/lib/seeded-random";

const MIN = 60_000;
const DAY = 86_400_000;

/** A random history: gaps from a minute (same-day steps) to months, any grade, some out of order. */
function history(rand: () => number): ReviewEvent[] {
  const n = 1 + Math.floor(rand() * 30);
  let t = Date.UTC(2025, 0, 1) + Math.floor(rand() * DAY);
  const out: ReviewEvent[] = [];
  for (let i = 0; i < n; i++) {
    out.push({ time: t, grade: Math.floor(rand() * 6) as Grade });
    const kind = rand();
    t +=
      kind < 0.35
        ? Math.floor(rand() * 120) * MIN
        : kind < 0.5
          ? Math.floor(rand() * 2 * DAY)
          : Math.floor(rand() * 90 * DAY);
  }
  return rand() < 0.2 ? out.reverse() : out;
}

/** Weights near the defaults, so fitted-looking vectors are covered too. */
function weights(rand: () => number): number[] {
  return FSRS_DEFAULT_WEIGHTS.map((x, i) => (i === 20 ? 0.1 + rand() * 0.6 : x * (0.8 + rand() * 0.4)));
}

describe("fastReplayFsrs", () => {
  it("gives the slow replay's predictions and final state on 2,000 random histories (same-day reviews included)", () => {
    const rand = seededRandom(12);
    let sameDay = 0;
    for (let k = 0; k < 2000; k++) {
      const events = history(rand);
      const w = k % 2 === 0 ? FSRS_DEFAULT_WEIGHTS : weights(rand);
      const slow = { predictions: predictFsrs(events, { w }), final: replayFsrs(events, { w }) };
      const fast = fastReplayFsrs(events, { w });
      expect(fast.predictions).toHaveLength(slow.predictions.length);
      fast.predictions.forEach((p, i) => expect(Math.abs(p - slow.predictions[i])).toBeLessThan(1e-9));
      const { stability, difficulty } = fast.final!;
      expect(Math.abs(stability - slow.final!.stability)).toBeLessThan(1e-9);
      expect(Math.abs(difficulty - slow.final!.difficulty)).toBeLessThan(1e-9);
      // Phase, step, reps, lapses, last review, due and scheduled days exactly.
      expect({ ...slow.final!, stability, difficulty }).toEqual(fast.final);
      const times = events.map((e) => Number(e.time)).sort((a, b) => a - b);
      if (times.some((t, i) => i > 0 && t - times[i - 1] < DAY)) sameDay++;
    }
    expect(sameDay).toBeGreaterThan(500);
  });

  it("has nothing to say about an empty log", () => {
    expect(fastReplayFsrs([])).toEqual({ predictions: [], final: null });
  });
});
