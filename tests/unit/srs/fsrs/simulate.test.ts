import { describe, expect, it } from "vitest";
import { Rating } from "ts-fsrs";
import { fsrsNext, newFsrsState, type FsrsMemoryState } from "@/lib/srs/fsrs/scheduler";
import { SIMULATED_RETENTIONS, simulateWorkload } from "@/lib/srs/fsrs/simulate";

const DAY = 86_400_000;
const NOW = new Date("2026-12-01T04:00:00Z");

function reviewCards(n: number): FsrsMemoryState[] {
  return Array.from({ length: n }, (_, i) => {
    let s = newFsrsState(new Date(NOW.getTime() - 60 * DAY));
    const t = NOW.getTime() - 60 * DAY + (i % 20) * 3600_000;
    s = fsrsNext(s, Rating.Good, new Date(t)).state;
    s = fsrsNext(s, Rating.Good, new Date(t + DAY)).state;
    return fsrsNext(s, i % 3 ? Rating.Good : Rating.Hard, new Date(t + (10 + (i % 30)) * DAY)).state;
  });
}

describe("simulateWorkload", () => {
  const cards = reviewCards(300);
  const rows = simulateWorkload(cards, NOW);

  it("gives one row per desired retention with 90 days of counts", () => {
    expect(rows.map((r) => r.desiredRetention)).toEqual([...SIMULATED_RETENTIONS]);
    for (const r of rows) {
      expect(r.perDay).toHaveLength(90);
      expect(r.total30).toBe(r.perDay.slice(0, 30).reduce((a, b) => a + b, 0));
      expect(r.mean90).toBeCloseTo(r.total90 / 90, 12);
      expect(r.total30).toBeGreaterThanOrEqual(cards.length * 0.5);
    }
  });

  it("costs more reviews at a higher desired retention", () => {
    const totals = rows.map((r) => r.total90);
    expect(totals[4]).toBeGreaterThan(totals[2]);
    expect(totals[2]).toBeGreaterThan(totals[0]);
  });

  it("is deterministic for a seed and fast for a few thousand cards", () => {
    expect(simulateWorkload(cards, NOW)).toEqual(rows);
    const big = Array.from({ length: 10 }, () => cards).flat();
    const t = performance.now();
    simulateWorkload(big, NOW, {}, { retentions: [0.9] });
    expect(performance.now() - t).toBeLessThan(5000);
  }, 30_000);

  it("counts an overdue card on day 0", () => {
    const [row] = simulateWorkload(
      [{ ...cards[0], due: new Date(NOW.getTime() - 5 * DAY).toISOString() }],
      NOW,
      {},
      {
        retentions: [0.9],
      },
    );
    expect(row.perDay[0]).toBeGreaterThanOrEqual(1);
  });
});
