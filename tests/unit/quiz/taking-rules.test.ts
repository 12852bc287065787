import { describe, expect, it } from "vitest";
import { isBlankAnswer } from "@/lib/quiz/blank";
import { quizRulesFor } from "@/lib/quiz/start-rules";
import { describeReviewOptions, REVIEW_PRESETS } from "@/lib/quiz/review-options";
import type { QuizSummary } from "@/lib/quiz/schemas";

describe("isBlankAnswer: what counts as no answer at all", () => {
  it.each([
    [undefined, true],
    [null, true],
    [{ matches: {} }, true],
    [{ choices: [] }, true],
    [{ text: "   " }, true],
    [{ blanks: ["", " "] }, true],
    [{ matches: { l: "r" } }, false],
    [{ choices: ["o"] }, false],
    [{ text: "runc" }, false],
    [{ blanks: ["", "x"] }, false],
    // A kept ordering, a false, a zero are answers.
    [{ order: ["a", "b", "c"] }, false],
    [{ value: false }, false],
    [{ value: 0 }, false],
    [{ choice: "o" }, false],
  ])("%j → %s", (answer, blank) => {
    expect(isBlankAnswer(answer)).toBe(blank);
  });
});

const quiz: QuizSummary = {
  id: "q",
  title: "Quiz",
  deckId: "d",
  deckTitle: "Docker images",
  chapter: "4.4",
  questionCount: 10,
  timeLimitSeconds: 600,
  attemptsAllowed: 2,
  passMarkPercent: 70,
  reviewOptions: REVIEW_PRESETS.AFTER_LAST_ATTEMPT,
  opensAt: null,
  closesAt: null,
  canStart: true,
  startRefusal: null,
  attemptsUsed: 1,
  bestScore: 40,
  lastScore: 40,
  inProgressAttemptId: null,
};

describe("quizRulesFor: the start page's rules", () => {
  it("words questions, time, attempts, pass mark and when answers are shown", () => {
    const { rules, canStart, resumeId } = quizRulesFor(quiz);
    expect(Object.fromEntries(rules.map((r) => [r.id, r.text]))).toEqual({
      questions: "10 drawn at random from Docker images, options shuffled.",
      time: "10 min. The clock starts when you press Start and the quiz submits itself when time runs out.",
      attempts: "1 of 2 attempts used, 1 left.",
      passMark: "70%.",
      answers: describeReviewOptions(REVIEW_PRESETS.AFTER_LAST_ATTEMPT).join(" "),
    });
    expect(canStart).toBe(true);
    expect(resumeId).toBeNull();
  });

  it("offers Resume for an open attempt even when it was the last one; refuses a start when none is left", () => {
    expect(quizRulesFor({ ...quiz, attemptsUsed: 2, inProgressAttemptId: "a" })).toMatchObject({
      canStart: true,
      resumeId: "a",
      reason: null,
    });
    expect(quizRulesFor({ ...quiz, attemptsUsed: 2, canStart: false, startRefusal: "no-attempts" })).toMatchObject({
      canStart: false,
      reason: "You have used all 2 attempts at this quiz.",
    });
  });

  it("words the learner's window in their time zone, and why a closed or unopened quiz cannot start", () => {
    const windowed = { ...quiz, opensAt: "2026-12-01T08:00:00.000Z", closesAt: "2026-12-08T17:30:00.000Z" };
    const { rules } = quizRulesFor(windowed, "Europe/Berlin");
    expect(rules.find((r) => r.id === "window")?.text).toBe(
      "Opened 1 Dec 2026, 09:00, closes 8 Dec 2026, 18:30; an attempt ends by then whatever time is left.",
    );
    expect(quizRulesFor({ ...windowed, canStart: false, startRefusal: "closed" }, "UTC").reason).toBe(
      "This quiz closed 8 Dec 2026, 17:30.",
    );
    expect(quizRulesFor({ ...windowed, canStart: false, startRefusal: "not-open" }, "UTC")).toMatchObject({
      canStart: false,
      reason: "This quiz opens 1 Dec 2026, 08:00.",
    });
  });
});
