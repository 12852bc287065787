import type { Choice } from "../types";

/** Which list of a view an order snapshot fixes. */
export type OrderKey = "options" | "items" | "rights";
export type ChoiceOrder = Partial<Record<OrderKey, string[]>>;

/** What a type's redactor is told about display order (see RedactOptions in redact.ts). */
export interface ViewContext {
  order?: ChoiceOrder;
  shuffle: boolean;
  rng: () => number;
}

/** Fisher–Yates: every permutation equally likely when `rng` is uniform. */
function shuffled<T>(xs: readonly T[], rng: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function applyOrder(choices: Choice[], order: string[]): Choice[] {
  const rank = (c: Choice) => {
    const i = order.indexOf(c.id);
    return i === -1 ? order.length : i;
  };
  return [...choices].sort((a, b) => rank(a) - rank(b));
}

const byId = (a: Choice, b: Choice) => (a.id < b.id ? -1 : 1);

/**
 * Puts choices in display order. The input is sorted by id (a hash of the text) before the
 * shuffle, so the result is a function of the set of texts and the rng only: never of the
 * authored order, which is the key for ordering questions and right-first in the curriculum.
 * The solved order is not avoided: a view that never shows it says what it is.
 */
export function arrange(
  choices: Choice[],
  { order, shuffle, rng }: { order?: string[]; shuffle: boolean; rng: () => number },
): Choice[] {
  const canonical = [...choices].sort(byId);
  if (order) return applyOrder(canonical, order);
  return shuffle ? shuffled(canonical, rng) : canonical;
}
