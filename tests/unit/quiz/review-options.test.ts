import { describe, expect, it } from "vitest";
import {
  IMMEDIATE_MS,
  presetOf,
  readReviewOptions,
  REVIEW_PRESETS,
  REVIEW_THINGS,
  REVIEW_TIMES,
  reviewOptionsSchema,
  reviewVisibility,
  type ReviewOptions,
  type ReviewThing,
  type ReviewTime,
} from "@/lib/quiz/review-options";

const submittedAt = new Date("2026-06-10T12:00:00Z");
/** A request at each review time for an attempt submitted at `submittedAt`. */
const moments: Record<ReviewTime, { closed: boolean; now: Date }> = {
  immediately: { closed: false, now: new Date(submittedAt.getTime() + IMMEDIATE_MS - 1) },
  later: { closed: false, now: new Date(submittedAt.getTime() + IMMEDIATE_MS) },
  afterClose: { closed: true, now: new Date(submittedAt.getTime() + 1000) },
};

/** A matrix with exactly one cell on. */
function only(time: ReviewTime, thing: ReviewThing): ReviewOptions {
  const off = { marks: false, answers: false, explanations: false };
  const m: ReviewOptions = { immediately: { ...off }, later: { ...off }, afterClose: { ...off } };
  m[time][thing] = true;
  return m;
}

describe("review options: each of the 9 cells shows its thing at its time and nowhere else", () => {
  for (const time of REVIEW_TIMES) {
    for (const thing of REVIEW_THINGS) {
      it(`${thing} ${time}`, () => {
        const options = only(time, thing);
        for (const at of REVIEW_TIMES) {
          const seen = reviewVisibility(options, { submittedAt, ...moments[at] });
          expect(seen.time).toBe(at);
          for (const k of REVIEW_THINGS) expect(seen[k], `${k} at ${at}`).toBe(at === time && k === thing);
        }
      });
    }
  }
});

describe("review times", () => {
  it("closed wins over the first two minutes, so answers after the last attempt show as it ends", () => {
    const seen = reviewVisibility(REVIEW_PRESETS.AFTER_LAST_ATTEMPT, { submittedAt, closed: true, now: submittedAt });
    expect(seen).toEqual({ time: "afterClose", marks: true, answers: true, explanations: true });
  });

  it("the old policies map to matrices that show what they showed", () => {
    const at = (p: keyof typeof REVIEW_PRESETS, t: ReviewTime) =>
      reviewVisibility(REVIEW_PRESETS[p], { submittedAt, ...moments[t] });
    for (const t of REVIEW_TIMES) {
      expect(at("AFTER_EACH_ATTEMPT", t)).toMatchObject({ marks: true, answers: true, explanations: true });
      expect(at("NEVER", t)).toMatchObject({ marks: true, answers: false, explanations: false });
    }
    expect(at("AFTER_LAST_ATTEMPT", "later")).toMatchObject({ marks: true, answers: false });
    expect(at("AFTER_LAST_ATTEMPT", "afterClose")).toMatchObject({ answers: true, explanations: true });
    expect(presetOf(REVIEW_PRESETS.NEVER)).toBe("NEVER");
    expect(presetOf(only("later", "marks"))).toBeNull();
  });

  it("the schema refuses a missing cell or a stray key, and a bad stored value reveals only the score", () => {
    const { later: _later, ...missing } = REVIEW_PRESETS.NEVER;
    expect(reviewOptionsSchema.safeParse(missing).success).toBe(false);
    expect(reviewOptionsSchema.safeParse({ ...REVIEW_PRESETS.NEVER, during: REVIEW_PRESETS.NEVER.later }).success).toBe(
      false,
    );
    expect(readReviewOptions({ nonsense: true })).toEqual(REVIEW_PRESETS.NEVER);
  });
});
