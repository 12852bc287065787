/**
 * The rules one learner takes a quiz under: the quiz's own, with that learner's override
 * (extra-time factor, extra attempts, a later close). The start path enforces them and the
 * start page shows them, so both read this one function. Pure: the clock is a parameter.
 */
export interface QuizWindowRules {
  timeLimitSeconds: number;
  attemptsAllowed: number;
  opensAt: Date | null;
  closesAt: Date | null;
  archivedAt?: Date | null;
}

export interface OverrideRules {
  timeFactor: number;
  extraAttempts: number;
  closesAt: Date | null;
}

export type StartRefusal = "archived" | "not-open" | "closed" | "no-attempts";

export interface EffectiveRules {
  /** The time limit after the learner's factor, in whole seconds. */
  timeLimitSeconds: number;
  /** The deadline an attempt started at `now` would get: min(now + limit × factor, close). */
  deadline: Date;
  attemptsAllowed: number;
  /** Attempts left, when the caller said how many are used; null otherwise. */
  attemptsLeft: number | null;
  opensAt: Date | null;
  closesAt: Date | null;
  canStart: boolean;
  reason: StartRefusal | null;
  /** The refusal in words a learner can act on; null when they can start. */
  message: string | null;
}

const at = (d: Date) =>
  d
    .toISOString()
    .replace(/:\d\d\.\d{3}Z$/, " UTC")
    .replace("T", " ");

/** The quiz's rules for one learner at `now`; `attemptsUsed` (their attempts so far) decides "no attempts left". */
export function effectiveRules(
  quiz: QuizWindowRules,
  override: OverrideRules | null,
  now: Date,
  attemptsUsed?: number,
): EffectiveRules {
  const timeLimitSeconds = Math.round(quiz.timeLimitSeconds * (override?.timeFactor ?? 1));
  const closesAt = override?.closesAt ?? quiz.closesAt;
  const attemptsAllowed = quiz.attemptsAllowed + (override?.extraAttempts ?? 0);
  const byLimit = now.getTime() + timeLimitSeconds * 1000;
  const deadline = new Date(closesAt ? Math.min(byLimit, closesAt.getTime()) : byLimit);
  const attemptsLeft = attemptsUsed === undefined ? null : Math.max(0, attemptsAllowed - attemptsUsed);
  const refusal: [StartRefusal, string] | null = quiz.archivedAt
    ? ["archived", "This quiz is archived: it no longer takes attempts."]
    : quiz.opensAt && now < quiz.opensAt
      ? ["not-open", `This quiz opens at ${at(quiz.opensAt)}.`]
      : closesAt && now >= closesAt
        ? ["closed", `This quiz closed at ${at(closesAt)}.`]
        : attemptsLeft === 0
          ? [
              "no-attempts",
              `You have used all ${attemptsAllowed} attempt${attemptsAllowed === 1 ? "" : "s"} at this quiz.`,
            ]
          : null;
  return {
    timeLimitSeconds,
    deadline,
    attemptsAllowed,
    attemptsLeft,
    opensAt: quiz.opensAt,
    closesAt,
    canStart: !refusal,
    reason: refusal?.[0] ?? null,
    message: refusal?.[1] ?? null,
  };
}

/** Closed to this learner for review purposes: archived, past the close, or no attempts left. */
export function closedFor(rules: EffectiveRules, now: Date): boolean {
  return (
    rules.reason === "archived" || rules.reason === "no-attempts" || (rules.closesAt !== null && now >= rules.closesAt)
  );
}
