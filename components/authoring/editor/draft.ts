/**
 * The question editor's form model: what the author is typing (numbers as text, rows with
 * stable keys), converted to a QuestionInput for validation, preview and saving. Pure.
 */
import { zodFieldErrors, type FieldErrors } from "@/lib/errors";
import { CLOZE_BLANK, numericPayloadSchema, questionInputSchema, type QuestionType } from "@/lib/questions/schemas";

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

export interface Draft {
  type: QuestionType;
  prompt: string;
  explanation: string;
  section: string;
  options: OptionRow[];
  tfAnswer: boolean;
  feedbackTrue: string;
  feedbackFalse: string;
  accepted: Row[];
  caseSensitive: boolean;
  numericMode: "exact" | "range";
  value: string;
  tolerance: string;
  min: string;
  max: string;
  unit: string;
  pairs: PairRow[];
  distractors: Row[];
  items: Row[];
  clozeText: string;
  blanks: BlankRow[];
  back: string;
}

let counter = 0;
export const newKey = () => `k${++counter}`;
const row = (text = ""): Row => ({ key: newKey(), text });
const option = (text = "", correct = false, feedback = ""): OptionRow => ({ key: newKey(), text, correct, feedback });
const pair = (left = "", right = ""): PairRow => ({ key: newKey(), left, right });
const blank = (accepted = "", caseSensitive = false): BlankRow => ({ key: newKey(), accepted, caseSensitive });

/** An empty draft of a type, with as many rows as the type needs at least. */
export function emptyDraft(type: QuestionType, section = ""): Draft {
  return {
    type,
    prompt: "",
    explanation: "",
    section,
    options: type === "multiple" ? [option(), option(), option()] : [option("", true), option(), option()],
    tfAnswer: true,
    feedbackTrue: "",
    feedbackFalse: "",
    accepted: [row()],
    caseSensitive: false,
    numericMode: "exact",
    value: "",
    tolerance: "",
    min: "",
    max: "",
    unit: "",
    pairs: [pair(), pair(), pair()],
    distractors: [],
    items: [row(), row(), row()],
    clozeText: "",
    blanks: [],
    back: "",
  };
}

const str = (v: unknown) => (typeof v === "string" ? v : "");
const num = (v: unknown) => (typeof v === "number" ? String(v) : "");
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A stored question as a draft (for the edit page). */
export function draftFromQuestion(q: { type: QuestionType; prompt: string; explanation: string; section: string | null; payload: unknown }): Draft {
  const d = emptyDraft(q.type, q.section ?? "");
  const p = (q.payload ?? {}) as Record<string, unknown>;
  d.prompt = q.prompt;
  d.explanation = q.explanation;
  switch (q.type) {
    case "single":
    case "multiple":
      d.options = arr(p.options).map((o) => {
        const x = o as Record<string, unknown>;
        return option(str(x.text), x.correct === true, str(x.feedback));
      });
      break;
    case "truefalse":
      d.tfAnswer = p.answer === true;
      d.feedbackTrue = str(p.feedbackTrue);
      d.feedbackFalse = str(p.feedbackFalse);
      break;
    case "short":
      d.accepted = arr(p.accepted).map((a) => row(str(a)));
      d.caseSensitive = p.caseSensitive === true;
      break;
    case "numeric":
      d.numericMode = "min" in p ? "range" : "exact";
      d.value = num(p.value);
      d.tolerance = num(p.tolerance);
      d.min = num(p.min);
      d.max = num(p.max);
      d.unit = str(p.unit);
      break;
    case "matching":
      d.pairs = arr(p.pairs).map((x) => pair(str((x as Record<string, unknown>).left), str((x as Record<string, unknown>).right)));
      d.distractors = arr(p.distractors).map((x) => row(str(x)));
      break;
    case "ordering":
      d.items = arr(p.items).map((x) => row(str(x)));
      break;
    case "cloze":
      d.clozeText = str(p.text);
      d.blanks = arr(p.blanks).map((b) => {
        const x = b as Record<string, unknown>;
        return blank(arr(x.accepted).map(str).join("\n"), x.caseSensitive === true);
      });
      break;
    case "flashcard":
      d.back = str(p.back);
      break;
  }
  return d;
}

/** Text to a number; anything else is passed on so the schema names the field ("value must be a number"). */
function toNumber(s: string): number | string | undefined {
  const t = s.trim();
  if (!t) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : t;
}

const withText = (key: string, value: string) => (value.trim() ? { [key]: value } : {});

export function payloadOf(d: Draft): unknown {
  switch (d.type) {
    case "single":
    case "multiple":
      return { options: d.options.map((o) => ({ text: o.text, correct: o.correct, ...withText("feedback", o.feedback) })) };
    case "truefalse":
      return { answer: d.tfAnswer, ...withText("feedbackTrue", d.feedbackTrue), ...withText("feedbackFalse", d.feedbackFalse) };
    case "short":
      return { accepted: d.accepted.map((a) => a.text), ...(d.caseSensitive ? { caseSensitive: true } : {}) };
    case "numeric": {
      const unit = withText("unit", d.unit);
      if (d.numericMode === "range") return { min: toNumber(d.min), max: toNumber(d.max), ...unit };
      const tolerance = toNumber(d.tolerance);
      return { value: toNumber(d.value), ...(tolerance === undefined ? {} : { tolerance }), ...unit };
    }
    case "matching":
      return { pairs: d.pairs.map((p) => ({ left: p.left, right: p.right })), ...(d.distractors.length ? { distractors: d.distractors.map((x) => x.text) } : {}) };
    case "ordering":
      return { items: d.items.map((i) => i.text) };
    case "cloze":
      return {
        text: d.clozeText,
        blanks: d.blanks.map((b) => ({
          accepted: b.accepted
            .split("\n")
            .map((s) => s.trim())
            .filter(Boolean),
          ...(b.caseSensitive ? { caseSensitive: true } : {}),
        })),
      };
    case "flashcard":
      return { back: d.back };
  }
}

/** The body to POST/PATCH: what questionInputSchema checks. */
export function inputOf(d: Draft) {
  return { type: d.type, prompt: d.prompt, explanation: d.explanation, ...(d.section.trim() ? { section: d.section.trim() } : {}), payload: payloadOf(d) };
}

/**
 * Per-field errors of a draft, keyed like the API's ("payload.options.1.text"). Numeric
 * payloads are a union (value/tolerance or min/max), whose own error says only "give one or
 * the other"; the chosen branch is checked too, so each field gets its own message.
 */
export function validateDraft(d: Draft): FieldErrors {
  const input = inputOf(d);
  const parsed = questionInputSchema.safeParse(input);
  if (parsed.success) return {};
  const fields = zodFieldErrors(parsed.error);
  if (d.type === "numeric" && fields.payload) {
    const branch = numericPayloadSchema.options[d.numericMode === "exact" ? 0 : 1];
    const detail = branch.safeParse(input.payload);
    if (!detail.success) {
      delete fields.payload;
      Object.assign(fields, zodFieldErrors(detail.error, "payload"));
    }
  }
  return fields;
}

/** The blank numbers written in a cloze text, in order ([[1]] … [[n]]). */
export function blanksInText(text: string): number[] {
  return [...text.matchAll(CLOZE_BLANK)].map((m) => Number(m[1]));
}

/** Keeps one blank row per [[n]] in the text (rows are kept, added or dropped at the end). */
export function syncBlanks(d: Draft): BlankRow[] {
  const n = Math.max(0, ...blanksInText(d.clozeText));
  if (n === d.blanks.length) return d.blanks;
  return n < d.blanks.length ? d.blanks.slice(0, n) : [...d.blanks, ...Array.from({ length: n - d.blanks.length }, () => blank())];
}

/** Errors whose key is `key` or lies under it (`key.…`). */
export function errorsUnder(fields: FieldErrors, key: string, exact = false): string[] | undefined {
  const out: string[] = [];
  for (const [k, msgs] of Object.entries(fields)) if (k === key || (!exact && k.startsWith(`${key}.`))) out.push(...msgs);
  return out.length ? [...new Set(out)] : undefined;
}
