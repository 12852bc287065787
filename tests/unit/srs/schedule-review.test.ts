import { describe, expect, it } from "vitest";
import { NEW_SNAPSHOT, type StateSnapshot } from "@/lib/srs/card-state";
import { sm2GradeToRating } from "@/lib/srs/fsrs/grades";
import { fsrsRecall } from "@/lib/srs/fsrs/predict";
import { FSRS_DEFAULT_PARAMS, fsrsNext, fsrsPreview, newFsrsState, resolveFsrsParams } from "@/lib/srs/fsrs/scheduler";
import { endOfStudyDay, predictedRecall, previewFsrs, scheduleReview } from "@/lib/srs/schedule-review";

const P = resolveFsrsParams(FSRS_DEFAULT_PARAMS);
const RATING = { again: sm2GradeToRating(1), good: sm2GradeToRating(4), easy: sm2GradeToRating(5) };
const NOW = new Date("2026-06-10T12:00:00Z");
const DAY = 86_400_000;

describe("FSRS grade previews", () => {
  it("grades 0–2 show Again's outcome, 3 Hard, 4 Good, 5 Easy; again = due before the study day ends", () => {
    const reviewed = fsrsNext(
      fsrsNext(newFsrsState(NOW), RATING.good, NOW, P).state,
      RATING.good,
      new Date(NOW.getTime() + 600_000),
      P,
    );
    const when = new Date(NOW.getTime() + 5 * DAY);
    const p = fsrsPreview(reviewed.state, when, P);
    const out = previewFsrs(reviewed.state, when, P, "Europe/Berlin");
    expect(out.map((o) => o.dueAt)).toEqual(
      [p.again, p.again, p.again, p.hard, p.good, p.easy].map((o) => o.due.toISOString()),
    );
    const end = endOfStudyDay(when, "Europe/Berlin");
    expect(out.map((o) => o.again)).toEqual(out.map((o) => new Date(o.dueAt) < end));
    expect(out[0].again).toBe(true);
    expect(out[4].again).toBe(false);
  });

  it("the study day ends at 04:00 local the next day", () => {
    expect(endOfStudyDay(new Date("2026-06-10T23:30:00Z"), "Europe/Berlin").toISOString()).toBe(
      "2026-06-11T02:00:00.000Z",
    );
    expect(endOfStudyDay(new Date("2026-06-11T01:30:00Z"), "Europe/Berlin").toISOString()).toBe(
      "2026-06-11T02:00:00.000Z",
    );
  });
});

describe("predicted recall before an answer", () => {
  const reviewed: StateSnapshot = {
    ...NEW_SNAPSHOT,
    isNew: false,
    repetitions: 2,
    intervalDays: 6,
    lastReviewedAt: NOW.toISOString(),
    dueAt: new Date(NOW.getTime() + 6 * DAY).toISOString(),
    reviewCount: 2,
    version: 2,
  };
  const fsrs = fsrsNext(newFsrsState(NOW), RATING.good, NOW, P).state;

  it("SM-2: 0.9^(t/I) with fractional t; null for a new card", () => {
    const when = new Date(NOW.getTime() + 3.5 * DAY);
    expect(predictedRecall("SM2", reviewed, fsrs, when, P)).toBe(Math.pow(0.9, 3.5 / 6));
    expect(predictedRecall("SM2", NEW_SNAPSHOT, newFsrsState(when), when, P)).toBeNull();
  });

  it("FSRS: the forgetting curve at the card's stability, from FSRS's own last review", () => {
    const when = new Date(NOW.getTime() + 2.25 * DAY);
    expect(predictedRecall("FSRS", reviewed, fsrs, when, P)).toBe(fsrsRecall(2.25, fsrs.stability, P.w));
    expect(predictedRecall("FSRS", NEW_SNAPSHOT, newFsrsState(when), when, P)).toBeNull();
  });
});

describe("scheduleReview", () => {
  it("under SM-2 a same-day review is a drill (due kept) while FSRS's state still moves", () => {
    const first = scheduleReview({
      before: NEW_SNAPSHOT,
      fsrsBefore: newFsrsState(NOW),
      grade: 1,
      now: NOW,
      timeZone: "UTC",
      scheduler: "SM2",
      params: P,
    });
    const later = new Date(NOW.getTime() + 60_000);
    const second = scheduleReview({
      before: first.after,
      fsrsBefore: fsrsNext(newFsrsState(NOW), RATING.again, NOW, P).state,
      grade: 4,
      now: later,
      timeZone: "UTC",
      scheduler: "SM2",
      params: P,
    });
    expect(second.drill).toBe(true);
    expect(second.after.dueAt).toBe(first.after.dueAt);
    expect(second.after.fsrsLastReviewedAt).toBe(later.toISOString());
    expect(second.after.fsrsStability).not.toBe(first.after.fsrsStability);
  });

  it("under FSRS nothing is a drill and dueAt is FSRS's due", () => {
    const r = scheduleReview({
      before: NEW_SNAPSHOT,
      fsrsBefore: newFsrsState(NOW),
      grade: 5,
      now: NOW,
      timeZone: "UTC",
      scheduler: "FSRS",
      params: P,
    });
    expect(r.drill).toBe(false);
    expect(r.after.dueAt).toBe(fsrsNext(newFsrsState(NOW), RATING.easy, NOW, P).due.toISOString());
    expect(r.after.dueAt).toBe(r.after.fsrsDueAt);
    expect(r.predictedR).toBeNull();
  });
});
