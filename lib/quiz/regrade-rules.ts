/** Pure parts of a regrade, so the score rule is the one finalize uses and can be unit tested. */

/** An attempt's score in percent, 2 decimals: the mean of its items' scores (unanswered 0). */
export function attemptScorePercent(itemScores: number[]): number {
  if (itemScores.length === 0) return 0;
  const total = itemScores.reduce((a, b) => a + b, 0);
  return Math.round((10000 * total) / itemScores.length) / 100;
}

export interface ResponseGrade {
  correct: boolean | null;
  score: number;
}

/** True when a regraded response differs from what was stored. */
export function responseChanged(
  stored: { correct: boolean | null; score: number | null },
  next: ResponseGrade,
): boolean {
  return stored.correct !== next.correct || Math.abs((stored.score ?? 0) - next.score) > 1e-9;
}
