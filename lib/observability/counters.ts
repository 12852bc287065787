import { metrics } from "./core.mjs";

/** One call per recorded review (lib/srs/reviews.ts recordReview); replays are not counted. */
export function countReview(grade: number): void {
  metrics.reviews.inc({ grade: String(grade) });
}

/** One call per new quiz attempt (lib/quiz/attempts.ts startAttempt). */
export function countQuizStarted(): void {
  metrics.quizStarted.inc();
}

/** One call per successful submit (lib/quiz/attempts.ts submitAttempt). */
export function countQuizSubmitted(): void {
  metrics.quizSubmitted.inc();
}
