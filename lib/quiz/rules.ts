import { formatLimit } from "./format";
import type { QuizSummary } from "./schemas";

/** One line of a quiz's start page: a short label and what it means for this learner. */
export interface QuizRule {
  id: "questions" | "time" | "attempts" | "passMark" | "answers";
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

const ANSWERS_SHOWN: Record<QuizSummary["showAnswers"], string> = {
  AFTER_EACH_ATTEMPT: "Right answers and explanations are shown after each attempt.",
  AFTER_LAST_ATTEMPT: "Right answers and explanations are shown after your last attempt.",
  NEVER: "Right answers are not shown; you see which questions you got right.",
};

/**
 * The rules the start page shows, and whether this learner may start. `quiz` is already the
 * learner's view (attempts used, open attempt); per-learner rules (open and close times, extra
 * time, extra attempts) belong here too, as fields on that view, so the start page words what
 * the server enforces in one place.
 */
export function quizRulesFor(quiz: QuizSummary): QuizRules {
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
    { id: "answers", label: "Answers", text: ANSWERS_SHOWN[quiz.showAnswers] },
  ];
  const canStart = !!quiz.inProgressAttemptId || left > 0;
  return {
    rules,
    resumeId: quiz.inProgressAttemptId,
    canStart,
    reason: canStart ? null : `You have used all ${plural(quiz.attemptsAllowed, "attempt")} at this quiz.`,
  };
}
