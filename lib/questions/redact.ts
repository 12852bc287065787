import { parsePayload } from "./payload";
import { moduleFor } from "./registry";
import type { ChoiceOrder } from "./types/arrange";
import type { PublicQuestion, PublicView, Solution, StoredQuestion } from "./types";

export type { ChoiceOrder, OrderKey } from "./types/arrange";

export interface RedactOptions {
  /** Display order snapshotted by a quiz (from `choiceOrder`); ids it does not know go last. */
  order?: ChoiceOrder;
  /**
   * Shuffle single/multiple options. Without it they are sorted by id: stable across requests
   * but, unlike the authored order (the curriculum lists right options first), independent of
   * which option is right. Ordering items and matching rights are always shuffled.
   */
  shuffle?: boolean;
  /**
   * Uniform in [0, 1). Servers pass `displayRng` (lib/questions/display-order.ts) so the
   * order is stable per learner and question and unpredictable; Math.random by default.
   */
  rng?: () => number;
}

/**
 * What a learner may see before answering: no answer key, explanation or feedback.
 * Cloze segments number blanks from 1, as authored ([[1]] → { blank: 1 } → answer.blanks[0]).
 */
export function toPublicQuestion(q: StoredQuestion, opts: RedactOptions = {}): PublicQuestion {
  const p = parsePayload(q);
  const ctx = { order: opts.order, shuffle: opts.shuffle ?? false, rng: opts.rng ?? Math.random };
  const view = moduleFor(p.type).toView(p.payload, ctx) as PublicView;
  return { id: q.id, type: q.type, prompt: q.prompt, section: q.section, view };
}

/** The ids of a view in displayed order, keyed like `RedactOptions.order`, for a quiz to snapshot. */
export function choiceOrder(view: PublicView): ChoiceOrder {
  return moduleFor(view.type).choiceOrder?.(view) ?? {};
}

/** The answer key for review screens; truefalse `feedback` is the one written for the right value. */
export function toSolution(q: StoredQuestion): Solution {
  const p = parsePayload(q);
  return moduleFor(p.type).toSolution(p.payload) as Solution;
}
