/**
 * A learner's saved answer as one line of text, for the responses CSV: option ids resolved to
 * the option texts they are derived from (lib/questions/ids.ts textId), other answers as given.
 */
import { textId } from "@/lib/questions/ids";

const EDITED = "(an option since edited)";

/** The option, item and pair texts of a payload by their ids: build once per question, not per answer. */
export function answerTexts(payload: unknown): ReadonlyMap<string, string> {
  const p = (payload ?? {}) as {
    options?: { text?: unknown }[];
    items?: unknown[];
    pairs?: { left?: unknown; right?: unknown }[];
    distractors?: unknown[];
  };
  const map = new Map<string, string>();
  const add = (prefix: "o" | "i" | "l" | "r", t: unknown) => {
    if (typeof t === "string") map.set(textId(prefix, t), t);
  };
  if (Array.isArray(p.options)) for (const o of p.options) add("o", o.text);
  if (Array.isArray(p.items)) for (const t of p.items) add("i", t);
  if (Array.isArray(p.pairs))
    for (const pair of p.pairs) {
      add("l", pair.left);
      add("r", pair.right);
    }
  if (Array.isArray(p.distractors)) for (const t of p.distractors) add("r", t);
  return map;
}

export function summarizeAnswer(texts: ReadonlyMap<string, string>, answer: unknown): string {
  if (answer === null || typeof answer !== "object") return "";
  const a = answer as Record<string, unknown>;
  const name = (id: unknown) => (typeof id === "string" ? (texts.get(id) ?? EDITED) : "");
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? (v as unknown[]) : []);
  if ("choice" in a) return name(a.choice);
  if ("choices" in a) return list(a.choices).map(name).join(" | ");
  if ("order" in a) return list(a.order).map(name).join(" > ");
  if ("matches" in a && a.matches && typeof a.matches === "object")
    return Object.entries(a.matches as Record<string, unknown>)
      .map(([l, r]) => `${name(l)} → ${name(r)}`)
      .join(" | ");
  if ("blanks" in a) return list(a.blanks).map(String).join(" | ");
  if ("knew" in a) return a.knew === true ? "knew it" : "did not know it";
  if ("text" in a) return String(a.text);
  if ("value" in a) return String(a.value);
  return JSON.stringify(a);
}
