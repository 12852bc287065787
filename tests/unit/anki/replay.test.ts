import { describe, expect, it } from "vitest";
import { NEW_SNAPSHOT } from "@/lib/srs/card-state";
import { FSRS_DEFAULT_PARAMS } from "@/lib/srs/fsrs/scheduler";
import { replayFsrs } from "@/lib/srs/fsrs/replay";
import { sm2, SM2_INITIAL, toE4 } from "@/lib/srs/sm2";
import { replayReviews } from "@/lib/anki/replay-pure";
import { easeToGrade, gradeToEase } from "@/lib/anki/scheduling";

const DAY = 86_400_000;
const T0 = Date.parse("2026-01-05T10:00:00Z");
const ctx = { timeZone: "UTC", scheduler: "SM2" as const, params: { ...FSRS_DEFAULT_PARAMS } };

describe("grades and eases", () => {
  it("0–2 → Again, 3 → Hard, 4 → Good, 5 → Easy; back in Again → 1, Hard → 3, Good → 4, Easy → 5", () => {
    expect([0, 1, 2, 3, 4, 5].map(gradeToEase)).toEqual([1, 1, 1, 2, 3, 4]);
    expect([0, 1, 2, 3, 4, 5].map(easeToGrade)).toEqual([null, 1, 3, 4, 5, null]);
  });
});

describe("an imported review log replays to the state SM-2 would have given", () => {
  it("reviews on separate days follow SM-2 exactly", () => {
    const eases = [3, 3, 4, 1, 3, 2];
    const days = [0, 1, 7, 25, 26, 32];
    const reviews = eases.map((e, i) => ({ revlogId: T0 + days[i] * DAY, grade: easeToGrade(e)!, durationMs: 3000 }));
    const out = replayReviews(NEW_SNAPSHOT, null, reviews, ctx);
    let expected = SM2_INITIAL;
    for (const [i, r] of out.entries()) {
      expected = sm2(expected, reviews[i].grade);
      expect(r.drill).toBe(false);
      expect(r.after).toMatchObject({
        repetitions: expected.repetitions,
        easinessE4: toE4(expected.easiness),
        intervalDays: expected.intervalDays,
      });
    }
    const last = out[out.length - 1].after;
    expect(last.reviewCount).toBe(6);
    expect(last.lapses).toBe(1); // the Again on day 25
    expect(last.lastReviewedAt).toBe(new Date(T0 + 32 * DAY).toISOString());
    // FSRS's memory state beside it is the one replaying the same log gives.
    const fsrs = replayFsrs(
      reviews.map((r) => ({ time: r.revlogId, grade: r.grade })),
      ctx.params,
    )!;
    expect(last.fsrsStability).toBeCloseTo(fsrs.stability, 10);
    expect(last.fsrsDifficulty).toBeCloseTo(fsrs.difficulty, 10);
  });

  it("a second review on the same study day is a drill: logged, not rescheduled", () => {
    const out = replayReviews(
      NEW_SNAPSHOT,
      null,
      [
        { revlogId: T0, grade: 1, durationMs: null },
        { revlogId: T0 + 60_000, grade: 4, durationMs: null },
      ],
      ctx,
    );
    expect(out.map((r) => r.drill)).toEqual([false, true]);
    expect(out[1].after.dueAt).toBe(out[0].after.dueAt);
    expect(out[1].after.repetitions).toBe(0);
  });
});
