/**
 * Which finished attempts the statistics use, as Moodle's report chooses them
 * (mod/quiz/report/statistics/statisticslib.php quiz_statistics_attempts_sql(), filtered by
 * mod/quiz/report/reportlib.php quiz_report_grade_method_sql()). Moodle's report defaults to
 * the quiz's grading method, whose default is "highest grade"; Layerwise shows learners their
 * best score, so "highest" is the default here too.
 */
export const WHICH_ATTEMPTS = ["highest", "first", "last", "all"] as const;
export type WhichAttempts = (typeof WHICH_ATTEMPTS)[number];
export const DEFAULT_WHICH_ATTEMPTS: WhichAttempts = "highest";

export interface FinishedAttempt {
  userId: string;
  attemptNumber: number;
  total: number;
}

/**
 * One attempt per learner ("highest": the best total, the earliest on a tie; "first"; "last"),
 * or every attempt ("all", Moodle's QUIZ_GRADEAVERAGE). Input order is kept.
 */
export function selectAttempts<T extends FinishedAttempt>(attempts: readonly T[], which: WhichAttempts): T[] {
  if (which === "all") return [...attempts];
  const chosen = new Map<string, T>();
  for (const a of attempts) {
    const best = chosen.get(a.userId);
    const better =
      !best ||
      (which === "first" && a.attemptNumber < best.attemptNumber) ||
      (which === "last" && a.attemptNumber > best.attemptNumber) ||
      (which === "highest" &&
        (a.total > best.total || (a.total === best.total && a.attemptNumber < best.attemptNumber)));
    if (better) chosen.set(a.userId, a);
  }
  const keep = new Set(chosen.values());
  return attempts.filter((a) => keep.has(a));
}
