import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { StateSnapshot } from "@/lib/srs/card-state";
import { previewSm2, sm2Next } from "@/lib/srs/preview";
import type { Grade } from "@/lib/srs/sm2";

const ZONES = ["UTC", "America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Apia"];

const snapshot = (s: Partial<StateSnapshot>): StateSnapshot => ({
  isNew: false,
  repetitions: 0,
  easinessE4: 25_000,
  intervalDays: 0,
  dueAt: null,
  lapses: 0,
  reviewCount: 0,
  lastReviewedAt: null,
  version: 1,
  fsrsStability: null,
  fsrsDifficulty: null,
  fsrsPhase: null,
  fsrsStep: null,
  fsrsDueAt: null,
  fsrsLastReviewedAt: null,
  ...s,
});

describe("the grade buttons' SM-2 preview", () => {
  it("shows, for every grade, the due date the review itself would set (sm2Next), in any zone and at any time", () => {
    fc.assert(
      fc.property(
        fc.record({
          repetitions: fc.integer({ min: 0, max: 30 }),
          easinessE4: fc.integer({ min: 13_000, max: 40_000 }),
          intervalDays: fc.integer({ min: 0, max: 3_000 }),
        }),
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }),
        fc.constantFrom(...ZONES),
        (fields, t, zone) => {
          const before = snapshot(fields);
          const now = new Date(t);
          const preview = previewSm2(before, false, now, zone);
          expect(preview.map((p) => p.grade)).toEqual([0, 1, 2, 3, 4, 5]);
          for (const p of preview) {
            expect(p.dueAt).toBe(sm2Next(before, p.grade as Grade, now, zone).dueAt);
            expect(p.again).toBe(p.grade < 4);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("a drill keeps the card's due date whatever the grade", () => {
    const before = snapshot({ repetitions: 3, intervalDays: 12, dueAt: "2026-12-14T04:00:00.000Z" });
    const preview = previewSm2(before, true, new Date("2026-12-02T10:00:00Z"), "UTC");
    expect(new Set(preview.map((p) => p.dueAt))).toEqual(new Set(["2026-12-14T04:00:00.000Z"]));
  });
});
