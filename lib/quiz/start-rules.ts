import { formatLimit, formatWhen } from "./format";
import { describeReviewOptions } from "./review-options";
import type { QuizSummary } from "./schemas";

/** One line of a quiz's start page: a short label and what it means for this learner. */
export interface QuizRule {
  id: "questions" | "time" | "window" | "attempts" | "passMark" | "answers";
  label: string;
  text: string;
}

export interface QuizRules {
  rules: QuizRule[];
  /** The learner's open attempt, which the start page offers to resume instead of starting. */
  resumeId: string | null;
  /** False when every attempt is used and none is open; `reason` says why. */
  canStart: boolean;
  reason: string | null;
}

function refusal(quiz: QuizSummary, timeZone: string, plural: (n: number, w: string) => string): string | null {
  switch (quiz.startRefusal) {
    case "archived":
      return "This quiz is archived: it no longer takes attempts.";
    case "not-open":
      return `This quiz opens ${formatWhen(quiz.opensAt!, timeZone)}.`;
    case "closed":
      return `This quiz closed ${formatWhen(quiz.closesAt!, timeZone)}.`;
    case "no-attempts":
      return `You have used all ${plural(quiz.attemptsAllowed, "attempt")} at this quiz.`;
    default:
      return null;
  }
}

/**
 * The rules the start page shows, and whether this learner may start. `quiz` is already the
 * learner's view, with their override applied by the server (lib/quiz/rules.ts's effectiveRules:
 * the time limit after their factor, their attempts, their close), so the page words exactly
 * what the start path enforces.
 */
export function quizRulesFor(quiz: QuizSummary, timeZone = "UTC"): QuizRules {
  const left = Math.max(0, quiz.attemptsAllowed - quiz.attemptsUsed);
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;
  const rules: QuizRule[] = [
    {
      id: "questions",
      label: "Questions",
      text: `${quiz.questionCount} drawn at random from ${quiz.deckTitle}, options shuffled.`,
    },
    {
      id: "time",
      label: "Time limit",
      text: `${formatLimit(quiz.timeLimitSeconds)}. The clock starts when you press Start and the quiz submits itself when time runs out.`,
    },
    {
      id: "attempts",
      label: "Attempts",
      text: `${quiz.attemptsUsed} of ${plural(quiz.attemptsAllowed, "attempt")} used, ${left} left.`,
    },
    { id: "passMark", label: "Pass mark", text: `${quiz.passMarkPercent}%.` },
    { id: "answers", label: "Review", text: describeReviewOptions(quiz.reviewOptions).join(" ") },
  ];
  if (quiz.opensAt || quiz.closesAt) {
    const open = quiz.opensAt
      ? `${quiz.startRefusal === "not-open" ? "Opens" : "Opened"} ${formatWhen(quiz.opensAt, timeZone)}`
      : "Open now";
    const close = quiz.closesAt
      ? `closes ${formatWhen(quiz.closesAt, timeZone)}; an attempt ends by then whatever time is left`
      : "no closing time";
    rules.splice(2, 0, { id: "window", label: "Open", text: `${open}, ${close}.` });
  }
  const canStart = !!quiz.inProgressAttemptId || quiz.canStart;
  return {
    rules,
    resumeId: quiz.inProgressAttemptId,
    canStart,
    reason: canStart ? null : refusal(quiz, timeZone, plural),
  };
}
