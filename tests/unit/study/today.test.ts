import { describe, expect, it } from "vitest";
import { countGrade } from "@/components/study/today";

const empty = {
  reviewed: 0,
  answered: 0,
  answeredRight: 0,
  grades: [0, 0, 0, 0, 0, 0],
  firstReviewAt: null,
  lastReviewAt: null,
};

describe("countGrade (the summary between two queue loads)", () => {
  it("counts a reveal as graded but not answered, and a right answer as answered right", () => {
    const a = countGrade(empty, 4, null, "2026-12-01T10:00:00.000Z");
    expect(a).toEqual({
      ...empty,
      reviewed: 1,
      grades: [0, 0, 0, 0, 1, 0],
      firstReviewAt: a.lastReviewAt,
      lastReviewAt: "2026-12-01T10:00:00.000Z",
    });
    const b = countGrade(a, 5, true, "2026-12-01T10:05:00.000Z");
    expect(b).toMatchObject({ reviewed: 2, answered: 1, answeredRight: 1, grades: [0, 0, 0, 0, 1, 1] });
    expect(b.firstReviewAt).toBe("2026-12-01T10:00:00.000Z");
    expect(b.lastReviewAt).toBe("2026-12-01T10:05:00.000Z");
    expect(countGrade(b, 1, false, "2026-12-01T10:06:00.000Z")).toMatchObject({ answered: 2, answeredRight: 1 });
  });
});
