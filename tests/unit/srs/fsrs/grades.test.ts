import { describe, expect, it } from "vitest";
import { Rating } from "ts-fsrs";
import { csvRatingToSm2Grade, isRecall, sm2GradeToRating } from "@/lib/srs/fsrs/grades";

describe("grade mapping", () => {
  it.each([
    [0, Rating.Again],
    [1, Rating.Again],
    [2, Rating.Again],
    [3, Rating.Hard],
    [4, Rating.Good],
    [5, Rating.Easy],
  ] as const)("SM-2 grade %i → FSRS rating %i", (grade, rating) => {
    expect(sm2GradeToRating(grade)).toBe(rating);
  });

  it.each([
    [1, 1],
    [2, 3],
    [3, 4],
    [4, 5],
  ])("CSV rating %i → SM-2 grade %i", (rating, grade) => {
    expect(csvRatingToSm2Grade(rating)).toBe(grade);
  });

  it("round-trips every CSV rating back to itself", () => {
    for (const r of [1, 2, 3, 4]) expect(sm2GradeToRating(csvRatingToSm2Grade(r))).toBe(r);
  });

  it("rejects ratings and grades out of range", () => {
    for (const bad of [0, 5, 2.5, NaN]) expect(() => csvRatingToSm2Grade(bad)).toThrow(RangeError);
    expect(() => sm2GradeToRating(6 as never)).toThrow(RangeError);
  });

  it("counts a recall only above Again", () => {
    expect([0, 1, 2, 3, 4, 5].map((g) => isRecall(g as 0))).toEqual([false, false, false, true, true, true]);
  });
});
