/**
 * The fewest attempts at a question before its statistics may flag it ("too hard", "too easy",
 * "low discrimination"). Below it the numbers are shown with "not enough attempts" instead.
 *
 * Why 30: the flags compare a facility with 20 % / 90 % and a discrimination index with 20.
 * With n attempts the standard error of a facility is at most √(0.25 / n) (a proportion near
 * 50 %) and that of a correlation near 0.2 is about (1 − 0.2²) / √(n − 1). At n = 30 those are
 * 9 percentage points and 0.18: a question is flagged only when it is clearly off, not by one
 * unlucky learner. At n = 10 they are 16 points and 0.32, wider than the bands the flags
 * separate; at n = 1 (the bug in issue #13) a single wrong answer flagged a question too hard.
 * See docs/STATISTICS.md.
 */
export const MIN_ATTEMPTS_FOR_FLAGS = 30;
