/**
 * Per-question statistics, pure (the loading is in ./stats.ts).
 *
 * From quiz attempts (Moodle's quiz statistics, "Quiz structure analysis"):
 * - facility index: the mean score on the question as a percentage of its maximum (each
 *   response scores 0..1), over the attempts that drew the question. An unanswered question
 *   in a submitted or expired attempt scores 0.
 * - discrimination index: the Pearson correlation, ×100, between the score on this question
 *   and the score on the rest of the attempt (the attempt's total minus this question), over
 *   the same attempts. null with fewer than 2 attempts or when either side does not vary.
 * - how often each option was chosen (single and multiple choice).
 * From reviews (scheduled reviews only: same-day drills and undone reviews are left out):
 * - review count and average grade (0–5);
 * - lapse rate: of the reviews of a card the learner had already recalled (repetitions > 0
 *   before the review), the percentage graded below 3, i.e. forgotten.
 */
import { textId } from "@/lib/questions/ids";
import type { QuestionType } from "@/lib/questions/schemas";
import { MIN_ATTEMPTS_FOR_FLAGS } from "@/lib/quiz/statistics/thresholds";
import type { ItemStatsDto } from "./schemas";

export interface StatsQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  position: number;
  archived: boolean;
  payload: unknown;
}

/** The fields of a question row the item statistics read (quiz and deck statistics alike). */
export function toStatsQuestion(q: Omit<StatsQuestion, "archived"> & { archivedAt: Date | null }): StatsQuestion {
  return {
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    position: q.position,
    archived: !!q.archivedAt,
    payload: q.payload,
  };
}

/** One submitted or expired attempt: the score (0..1) of every question it drew. */
export interface AttemptScores {
  id: string;
  scores: Record<string, number>;
}

export interface ChoiceResponse {
  questionId: string;
  answer: unknown;
}

export interface ReviewEntry {
  questionId: string;
  grade: number;
  /** ReviewLog.before: the card's state before the review (has `repetitions`). */
  before: unknown;
}

export const FLAG_THRESHOLDS = { facilityLow: 20, facilityHigh: 90, discriminationLow: 20 } as const;

export function mean(xs: readonly number[]): number | null {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

/** Pearson's r; null with fewer than 2 pairs or when either variable is constant. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 2 || ys.length !== n) return null;
  const mx = mean(xs)!;
  const my = mean(ys)!;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i] - mx;
    const dy = ys[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // Sums of squares below float noise mean "no variance": r is undefined, not huge.
  if (sxx < 1e-12 || syy < 1e-12) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/** Mean score (0..1 each) as a percentage; null without attempts. */
export function facilityIndex(scores: readonly number[]): number | null {
  const m = mean(scores);
  return m === null ? null : m * 100;
}

/** The (item, rest of the attempt) score pairs of the attempts that drew the question. */
export function itemRestPairs(
  attempts: readonly AttemptScores[],
  questionId: string,
): { item: number[]; rest: number[] } {
  const item: number[] = [];
  const rest: number[] = [];
  for (const a of attempts) {
    if (!(questionId in a.scores)) continue;
    const total = Object.values(a.scores).reduce((s, x) => s + x, 0);
    item.push(a.scores[questionId]);
    rest.push(total - a.scores[questionId]);
  }
  return { item, rest };
}

/** Correlation of item score with rest-of-attempt score, ×100 (Moodle's discrimination index). */
export function discriminationIndex(attempts: readonly AttemptScores[], questionId: string): number | null {
  const { item, rest } = itemRestPairs(attempts, questionId);
  const r = pearson(item, rest);
  return r === null ? null : r * 100;
}

function repetitionsBefore(before: unknown): number {
  const r = (before as { repetitions?: unknown } | null)?.repetitions;
  return typeof r === "number" ? r : 0;
}

/** Percentage of reviews of already-recalled cards (repetitions > 0 before) graded below 3; null if none. */
export function lapseRate(reviews: readonly Pick<ReviewEntry, "grade" | "before">[]): number | null {
  const mature = reviews.filter((r) => repetitionsBefore(r.before) > 0);
  if (!mature.length) return null;
  return (mature.filter((r) => r.grade < 3).length / mature.length) * 100;
}

export function averageGrade(reviews: readonly Pick<ReviewEntry, "grade">[]): number | null {
  return mean(reviews.map((r) => r.grade));
}

interface ChoiceOption {
  text: string;
  correct: boolean;
}

function optionsOf(q: StatsQuestion): ChoiceOption[] | null {
  if (q.type !== "single" && q.type !== "multiple") return null;
  const options = (q.payload as { options?: unknown } | null)?.options;
  if (!Array.isArray(options)) return null;
  return options
    .filter(
      (o: unknown): o is { text: string; correct?: unknown } =>
        typeof (o as { text?: unknown } | null)?.text === "string",
    )
    .map((o) => ({ text: o.text, correct: o.correct === true }));
}

function chosenIds(answer: unknown): string[] {
  const a = answer as { choice?: unknown; choices?: unknown } | null;
  if (typeof a?.choice === "string") return [a.choice];
  if (Array.isArray(a?.choices)) return a.choices.filter((c): c is string => typeof c === "string");
  return [];
}

export const RETIRED_OPTION_ID = "retired";

/**
 * How often each option of a single/multiple question was chosen. Choices of an option whose
 * text has since been edited (its id is derived from the text) are counted under "retired".
 */
export function optionCounts(q: StatsQuestion, responses: readonly ChoiceResponse[]): ItemStatsDto["options"] {
  const options = optionsOf(q);
  if (!options) return null;
  const rows = options.map((o) => ({ id: textId("o", o.text), text: o.text, correct: o.correct, count: 0 }));
  const byId = new Map(rows.map((r) => [r.id, r]));
  let retired = 0;
  for (const r of responses) {
    if (r.questionId !== q.id) continue;
    for (const id of new Set(chosenIds(r.answer))) {
      const row = byId.get(id);
      if (row) row.count++;
      else retired++;
    }
  }
  return retired
    ? [
        ...rows,
        {
          id: RETIRED_OPTION_ID,
          text: "(an option that has since been edited or removed)",
          correct: false,
          count: retired,
        },
      ]
    : rows;
}

/** Flags for a question seen in `attempts` attempts; none below MIN_ATTEMPTS_FOR_FLAGS (too few to judge). */
export function flagsFor(
  facility: number | null,
  discrimination: number | null,
  attempts: number,
): ItemStatsDto["flags"] {
  const flags: ItemStatsDto["flags"] = [];
  if (attempts < MIN_ATTEMPTS_FOR_FLAGS) return flags;
  if (facility !== null && facility < FLAG_THRESHOLDS.facilityLow) flags.push("too-hard");
  if (facility !== null && facility > FLAG_THRESHOLDS.facilityHigh) flags.push("too-easy");
  if (discrimination !== null && discrimination < FLAG_THRESHOLDS.discriminationLow) flags.push("low-discrimination");
  return flags;
}

/** Statistics for each question, in the order given. */
export function computeItemStats(input: {
  questions: readonly StatsQuestion[];
  attempts: readonly AttemptScores[];
  responses: readonly ChoiceResponse[];
  reviews: readonly ReviewEntry[];
}): ItemStatsDto[] {
  const reviewsBy = new Map<string, ReviewEntry[]>();
  for (const r of input.reviews)
    (reviewsBy.get(r.questionId) ?? reviewsBy.set(r.questionId, []).get(r.questionId)!).push(r);
  return input.questions.map((q) => {
    const { item } = itemRestPairs(input.attempts, q.id);
    const facility = facilityIndex(item);
    const discrimination = discriminationIndex(input.attempts, q.id);
    const reviews = reviewsBy.get(q.id) ?? [];
    return {
      questionId: q.id,
      position: q.position,
      type: q.type,
      prompt: q.prompt,
      archived: q.archived,
      attempts: item.length,
      facility,
      discrimination,
      options: optionCounts(q, input.responses),
      reviews: reviews.length,
      averageGrade: averageGrade(reviews),
      lapseRate: lapseRate(reviews),
      flags: flagsFor(facility, discrimination, item.length),
    };
  });
}
