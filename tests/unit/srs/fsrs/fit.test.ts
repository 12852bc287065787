import { describe, expect, it } from "vitest";
import { default_w } from "ts-fsrs";
import { fitFsrs, toTrainingItems } from "@/lib/srs/fsrs/fit";
import { csvRatingToSm2Grade } from "@/lib/srs/fsrs/grades";
import type { ReviewEvent } from "@/lib/srs/fsrs/replay";
import { generateSyntheticReviews } from "@/lib/srs/fsrs/synthetic";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1, 9);

function histories(seed: number, reviews: number): ReviewEvent[][] {
  const byCard = new Map<string, ReviewEvent[]>();
  for (const r of generateSyntheticReviews({ seed, cards: Math.ceil(reviews / 10), reviews })) {
    const h = byCard.get(r.cardId) ?? [];
    h.push({ time: r.reviewTime, grade: csvRatingToSm2Grade(r.rating) });
    byCard.set(r.cardId, h);
  }
  return [...byCard.values()];
}

describe("toTrainingItems", () => {
  it("builds one item per later review, with whole study days between reviews", () => {
    const items = toTrainingItems([
      [
        { time: T0, grade: 4 },
        { time: T0 + 3_600_000, grade: 2 }, // same day: not trainable on its own
        { time: T0 + DAY + 20 * 3_600_000, grade: 5 }, // 1 d 20 h later is 2 study days in UTC
        { time: T0 + 9 * DAY, grade: 3 },
      ],
    ]);
    expect(items).toHaveLength(2);
    expect(items[0].reviews.map((r) => [r.rating, r.deltaT])).toEqual([
      [3, 0],
      [1, 0],
      [4, 2],
    ]);
    expect(items[1].reviews.map((r) => r.deltaT)).toEqual([0, 0, 2, 7]);
  });

  it("counts days in the learner's time zone (a day starts at 04:00 local)", () => {
    // 02:00 and 05:00 Berlin time on one calendar date are two study days.
    const a = Date.UTC(2026, 5, 10, 0); // 02:00 CEST
    const b = Date.UTC(2026, 5, 10, 3); // 05:00 CEST
    const [item] = toTrainingItems(
      [
        [
          { time: a, grade: 4 },
          { time: b, grade: 4 },
        ],
      ],
      "Europe/Berlin",
    );
    expect(item.reviews.map((r) => r.deltaT)).toEqual([0, 1]);
    expect(
      toTrainingItems(
        [
          [
            { time: a, grade: 4 },
            { time: b, grade: 4 },
          ],
        ],
        "UTC",
      ),
    ).toHaveLength(0);
  });
});

describe("fitFsrs", () => {
  it("returns the defaults with a reason under 64 reviews", async () => {
    const fit = await fitFsrs(histories(1, 63));
    expect(fit).toMatchObject({ fitted: false, reviewCount: 63, parameters: [...default_w] });
    expect(fit.reason).toMatch(/63 reviews.*at least 64/);
  });

  it("returns the defaults (and does not crash) when every review is on one day", async () => {
    const sameDay = Array.from({ length: 40 }, (_, c) => [
      { time: T0 + c * 1000, grade: 4 as const },
      { time: T0 + c * 1000 + 600_000, grade: 4 as const },
    ]);
    const fit = await fitFsrs(sameDay);
    expect(fit).toMatchObject({ fitted: false, reviewCount: 80, itemCount: 0 });
    expect(fit.reason).toMatch(/a day or more/);
  });

  it("fits 21 weights that differ from the defaults on enough history", async () => {
    const fit = await fitFsrs(histories(5, 1500));
    expect(fit.fitted).toBe(true);
    expect(fit.reason).toBeNull();
    expect(fit.reviewCount).toBe(1500);
    expect(fit.parameters).toHaveLength(21);
    expect(fit.parameters.every(Number.isFinite)).toBe(true);
    expect(fit.parameters).not.toEqual([...default_w]);
  }, 60_000);
});
