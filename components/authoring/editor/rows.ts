/**
 * The rows and helpers the question types' draft pieces (components/questions/<type>/draft.ts)
 * build the editor's form model from. Pure.
 */
export interface Row {
  key: string;
  text: string;
}
export interface OptionRow extends Row {
  correct: boolean;
  feedback: string;
}
export interface PairRow {
  key: string;
  left: string;
  right: string;
}
export interface BlankRow {
  key: string;
  /** Accepted answers, one per line. */
  accepted: string;
  caseSensitive: boolean;
}

let counter = 0;
export const newKey = () => `k${++counter}`;
export const row = (text = ""): Row => ({ key: newKey(), text });
export const option = (text = "", correct = false, feedback = ""): OptionRow => ({
  key: newKey(),
  text,
  correct,
  feedback,
});
export const pair = (left = "", right = ""): PairRow => ({ key: newKey(), left, right });
export const blank = (accepted = "", caseSensitive = false): BlankRow => ({ key: newKey(), accepted, caseSensitive });

// Stored payloads are read leniently (any JSON): the schema reports what is wrong on save.
export const str = (v: unknown) => (typeof v === "string" ? v : "");
export const num = (v: unknown) => (typeof v === "number" ? String(v) : "");
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Text to a number; anything else is passed on so the schema names the field ("value must be a number"). */
export function toNumber(s: string): number | string | undefined {
  const t = s.trim();
  if (!t) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : t;
}

export const withText = (key: string, value: string) => (value.trim() ? { [key]: value } : {});
