import { answerSchemas } from "@/lib/questions/answer-shapes";
import type { Answer } from "@/lib/questions/schemas";

/**
 * State rules of the ordering input, kept pure so they can be tested without a browser.
 * The displayed order is not an answer: a learner who never touched the list has not
 * answered (it scores 0), and the only way to answer with it is to say so ("Keep this order").
 */
export interface OrderingState {
  /** What the list shows: the learner's order once they have one, else the displayed order. */
  order: string[];
  answered: boolean;
}

/** The learner's saved order when it is a permutation of `ids`; anything else is no answer. */
export function savedOrder(value: unknown, ids: string[]): string[] | undefined {
  const order = answerSchemas.ordering.safeParse(value).data?.order;
  if (!order || order.length !== ids.length || new Set(order).size !== ids.length) return undefined;
  return order.every((id) => ids.includes(id)) ? order : undefined;
}

export function orderingState(value: unknown, ids: string[]): OrderingState {
  const saved = savedOrder(value, ids);
  return saved ? { order: saved, answered: true } : { order: ids, answered: false };
}

/** The answer after moving item `index` by `delta`, or undefined when it is already at that end. */
export function moveItem(state: OrderingState, index: number, delta: -1 | 1): Answer | undefined {
  const to = index + delta;
  if (to < 0 || to >= state.order.length) return undefined;
  const next = [...state.order];
  [next[index], next[to]] = [next[to], next[index]];
  return { order: next };
}

/** The explicit "Keep this order": the list as shown becomes the answer. */
export function keepOrder(state: OrderingState): Answer {
  return { order: [...state.order] };
}
