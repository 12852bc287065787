import { z } from "zod";
import { REVIEW_THINGS, REVIEW_TIMES, type ReviewThing, type ReviewTime } from "./review-times";

/**
 * What a learner sees of a finished attempt, and when — Moodle's review options. Three times:
 * `immediately` (within IMMEDIATE_MS of submitting), `later` (after that, while the quiz is still
 * open to the learner) and `afterClose`. Three things: `marks` (the overall score, pass/fail and
 * each question's right/wrong), `answers` (the right answers and per-answer feedback) and
 * `explanations`. No server imports, so forms and servers share it.
 */
export { REVIEW_THINGS, REVIEW_TIMES, type ReviewThing, type ReviewTime } from "./review-times";

/** Moodle's "immediately after the attempt" lasts two minutes from the submit. */
export const IMMEDIATE_MS = 2 * 60 * 1000;

const cellsSchema = z.object({ marks: z.boolean(), answers: z.boolean(), explanations: z.boolean() }).strict();

export const reviewOptionsSchema = z
  .object({ immediately: cellsSchema, later: cellsSchema, afterClose: cellsSchema })
  .strict()
  .meta({ id: "ReviewOptions", description: "When (rows) a learner sees what (columns) of a finished attempt." });
export type ReviewOptions = z.infer<typeof reviewOptionsSchema>;

const cells = (marks: boolean, answers: boolean, explanations = answers) => ({ marks, answers, explanations });

/** The matrices equal to the old single-choice answer policies (the migration maps them the same way). */
export const REVIEW_PRESETS = {
  AFTER_EACH_ATTEMPT: { immediately: cells(true, true), later: cells(true, true), afterClose: cells(true, true) },
  AFTER_LAST_ATTEMPT: { immediately: cells(true, false), later: cells(true, false), afterClose: cells(true, true) },
  NEVER: { immediately: cells(true, false), later: cells(true, false), afterClose: cells(true, false) },
} as const satisfies Record<string, ReviewOptions>;
export const ANSWER_POLICIES = ["AFTER_EACH_ATTEMPT", "AFTER_LAST_ATTEMPT", "NEVER"] as const;
export type AnswerPolicy = (typeof ANSWER_POLICIES)[number];

export const DEFAULT_REVIEW_OPTIONS: ReviewOptions = REVIEW_PRESETS.AFTER_EACH_ATTEMPT;

/** A stored matrix; a row that fails the schema (hand-edited) reveals nothing but the score. */
export function readReviewOptions(stored: unknown): ReviewOptions {
  const parsed = reviewOptionsSchema.safeParse(stored);
  return parsed.success ? parsed.data : REVIEW_PRESETS.NEVER;
}

/** The preset a matrix equals, if any (for short labels). */
export function presetOf(options: ReviewOptions): AnswerPolicy | null {
  return (
    ANSWER_POLICIES.find((p) =>
      REVIEW_TIMES.every((t) => REVIEW_THINGS.every((k) => REVIEW_PRESETS[p][t][k] === options[t][k])),
    ) ?? null
  );
}

/**
 * Which time it is for one finished attempt. Closed wins: once the quiz is closed to the learner
 * (past its close, archived, or no attempts left) it is `afterClose` even straight after the
 * submit, so "answers after the last attempt" shows them as that last attempt ends.
 */
export function reviewTime(input: { submittedAt: Date; closed: boolean; now: Date }): ReviewTime {
  if (input.closed) return "afterClose";
  return input.now.getTime() - input.submittedAt.getTime() < IMMEDIATE_MS ? "immediately" : "later";
}

/** What the learner may see of this attempt at `now`: the matrix's row for the current time. */
export function reviewVisibility(
  options: ReviewOptions,
  input: { submittedAt: Date; closed: boolean; now: Date },
): { time: ReviewTime } & Record<ReviewThing, boolean> {
  const time = reviewTime(input);
  return { time, ...options[time] };
}

const THING_WORDS: Record<ReviewThing, string> = {
  marks: "your score",
  answers: "the right answers",
  explanations: "the explanations",
};
const TIME_WORDS: Record<ReviewTime, string> = {
  immediately: "right after an attempt",
  later: "later while the quiz is open",
  afterClose: "once the quiz is closed to you",
};

/** The review options in a sentence per thing, e.g. "The right answers: once the quiz is closed to you." */
export function describeReviewOptions(options: ReviewOptions): string[] {
  return REVIEW_THINGS.map((thing) => {
    const when = REVIEW_TIMES.filter((t) => options[t][thing]);
    const words = THING_WORDS[thing][0].toUpperCase() + THING_WORDS[thing].slice(1);
    if (!when.length) return `${words}: not shown.`;
    if (when.length === 3) return `${words}: shown after each attempt.`;
    return `${words}: shown ${when.map((t) => TIME_WORDS[t]).join(" and ")}.`;
  });
}
