import { textId } from "./ids";
import { parsePayload } from "./payload";
import { CLOZE_BLANK } from "./schemas";
import type { Choice, PublicQuestion, PublicView, Solution, StoredQuestion } from "./types";

/** Which list of a view an order snapshot fixes. */
export type OrderKey = "options" | "items" | "rights";
export type ChoiceOrder = Partial<Record<OrderKey, string[]>>;

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
function arrange(choices: Choice[], { order, shuffle, rng }: { order?: string[]; shuffle: boolean; rng: () => number }): Choice[] {
  const canonical = [...choices].sort(byId);
  if (order) return applyOrder(canonical, order);
  return shuffle ? shuffled(canonical, rng) : canonical;
}

const choice = (prefix: "o" | "i" | "l" | "r", text: string): Choice => ({ id: textId(prefix, text), text });

function clozeSegments(text: string): ({ text: string } | { blank: number })[] {
  const segments: ({ text: string } | { blank: number })[] = [];
  let last = 0;
  for (const m of text.matchAll(CLOZE_BLANK)) {
    if (m.index > last) segments.push({ text: text.slice(last, m.index) });
    segments.push({ blank: Number(m[1]) });
    last = m.index + m[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/**
 * What a learner may see before answering: no answer key, explanation or feedback.
 * Cloze segments number blanks from 1, as authored ([[1]] → { blank: 1 } → answer.blanks[0]).
 */
export function toPublicQuestion(q: StoredQuestion, opts: RedactOptions = {}): PublicQuestion {
  const p = parsePayload(q);
  const rng = opts.rng ?? Math.random;
  const shuffle = opts.shuffle ?? false;
  let view: PublicView;
  switch (p.type) {
    case "single":
    case "multiple": {
      const options = p.payload.options.map((o) => choice("o", o.text));
      view = { type: p.type, options: arrange(options, { order: opts.order?.options, shuffle, rng }) };
      break;
    }
    case "truefalse":
    case "short":
    case "flashcard":
      view = { type: p.type };
      break;
    case "numeric":
      view = p.payload.unit ? { type: "numeric", unit: p.payload.unit } : { type: "numeric" };
      break;
    case "matching": {
      const rights = [...p.payload.pairs.map((x) => x.right), ...(p.payload.distractors ?? [])].map((r) => choice("r", r));
      view = {
        type: "matching",
        lefts: p.payload.pairs.map((x) => choice("l", x.left)),
        rights: arrange(rights, { order: opts.order?.rights, shuffle: true, rng }),
      };
      break;
    }
    case "ordering": {
      const items = p.payload.items.map((t) => choice("i", t));
      view = { type: "ordering", items: arrange(items, { order: opts.order?.items, shuffle: true, rng }) };
      break;
    }
    case "cloze":
      view = { type: "cloze", segments: clozeSegments(p.payload.text), blanks: p.payload.blanks.length };
      break;
  }
  return { id: q.id, type: q.type, prompt: q.prompt, section: q.section, view };
}

/** The ids of a view in displayed order, keyed like `RedactOptions.order`, for a quiz to snapshot. */
export function choiceOrder(view: PublicView): ChoiceOrder {
  switch (view.type) {
    case "single":
    case "multiple":
      return { options: view.options.map((c) => c.id) };
    case "matching":
      return { rights: view.rights.map((c) => c.id) };
    case "ordering":
      return { items: view.items.map((c) => c.id) };
    default:
      return {};
  }
}

/** The answer key for review screens; truefalse `feedback` is the one written for the right value. */
export function toSolution(q: StoredQuestion): Solution {
  const p = parsePayload(q);
  switch (p.type) {
    case "single":
    case "multiple": {
      const feedback: Record<string, string> = {};
      for (const o of p.payload.options) if (o.feedback) feedback[textId("o", o.text)] = o.feedback;
      const correct = p.payload.options.filter((o) => o.correct).map((o) => textId("o", o.text));
      return p.type === "single" ? { type: "single", correct: correct[0], feedback } : { type: "multiple", correct, feedback };
    }
    case "truefalse": {
      const feedback = p.payload.answer ? p.payload.feedbackTrue : p.payload.feedbackFalse;
      return { type: "truefalse", answer: p.payload.answer, ...(feedback ? { feedback } : {}) };
    }
    case "short":
      return { type: "short", accepted: p.payload.accepted, ...(p.payload.caseSensitive ? { caseSensitive: true } : {}) };
    case "numeric":
      return { type: "numeric", ...p.payload };
    case "matching":
      return {
        type: "matching",
        matches: Object.fromEntries(p.payload.pairs.map((x) => [textId("l", x.left), textId("r", x.right)])),
      };
    case "ordering":
      return { type: "ordering", order: p.payload.items.map((t) => textId("i", t)) };
    case "cloze":
      return {
        type: "cloze",
        accepted: p.payload.blanks.map((b) => b.accepted),
        ...(p.payload.blanks.some((b) => b.caseSensitive) ? { caseSensitive: p.payload.blanks.map((b) => !!b.caseSensitive) } : {}),
      };
    case "flashcard":
      return { type: "flashcard", back: p.payload.back };
  }
}
