import { describe, expect, it } from "vitest";
import { closedFor, effectiveRules } from "@/lib/quiz/rules";

const now = new Date("2026-06-10T12:00:00Z");
const min = (m: number) => new Date(now.getTime() + m * 60_000);
const quiz = { timeLimitSeconds: 600, attemptsAllowed: 2, opensAt: null, closesAt: null, archivedAt: null };

describe("effectiveRules", () => {
  it("a ×1.5 learner gets 15 minutes for 10, and extra attempts add to the quiz's", () => {
    const plain = effectiveRules(quiz, null, now, 0);
    const extra = effectiveRules(quiz, { timeFactor: 1.5, extraAttempts: 1, closesAt: null }, now, 2);
    expect(plain).toMatchObject({ timeLimitSeconds: 600, deadline: min(10), attemptsAllowed: 2, canStart: true });
    expect(extra).toMatchObject({ timeLimitSeconds: 900, deadline: min(15), attemptsAllowed: 3, attemptsLeft: 1 });
    expect(extra.canStart).toBe(true);
  });

  it("the close caps the deadline; a learner's later close replaces the quiz's", () => {
    const closing = { ...quiz, closesAt: min(4) };
    expect(effectiveRules(closing, null, now).deadline).toEqual(min(4));
    const later = effectiveRules(closing, { timeFactor: 1, extraAttempts: 0, closesAt: min(60) }, now);
    expect(later).toMatchObject({ deadline: min(10), closesAt: min(60), canStart: true });
  });

  it("refuses with a reason before the open, at and after the close, when archived and with no attempts left", () => {
    expect(effectiveRules({ ...quiz, opensAt: min(1) }, null, now)).toMatchObject({
      canStart: false,
      reason: "not-open",
      message: "This quiz opens at 2026-06-10 12:01 UTC.",
    });
    expect(effectiveRules({ ...quiz, closesAt: now }, null, now)).toMatchObject({ canStart: false, reason: "closed" });
    expect(effectiveRules({ ...quiz, archivedAt: now }, null, now).reason).toBe("archived");
    const spent = effectiveRules(quiz, null, now, 2);
    expect(spent).toMatchObject({ reason: "no-attempts", message: "You have used all 2 attempts at this quiz." });
    expect(closedFor(spent, now)).toBe(true);
    expect(closedFor(effectiveRules(quiz, null, now, 1), now)).toBe(false);
    expect(closedFor(effectiveRules({ ...quiz, closesAt: min(-1) }, null, now, 0), now)).toBe(true);
  });
});
