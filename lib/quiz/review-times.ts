/**
 * The rows and columns of a quiz's review options (see lib/quiz/review-options.ts): when a
 * learner sees a finished attempt, and what of it. No zod, so the quiz form can import it.
 */
export const REVIEW_TIMES = ["immediately", "later", "afterClose"] as const;
export const REVIEW_THINGS = ["marks", "answers", "explanations"] as const;
export type ReviewTime = (typeof REVIEW_TIMES)[number];
export type ReviewThing = (typeof REVIEW_THINGS)[number];
