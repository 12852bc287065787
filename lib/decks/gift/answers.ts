import type { QuestionType } from "@/lib/questions/schemas";
import type { ImportError } from "@/lib/decks/import-errors";
import {
  findUnescaped,
  parseNumber,
  readText,
  splitAnswers,
  splitUnescaped,
  unescapeGift,
  type GiftFormat,
  type Marked,
} from "./text";

/** What the `{…}` block holds, decided the way Moodle's importer decides it. */
export type Kind = "essay" | "numeric" | "choice" | "matching" | "truefalse" | "short";

/** A built payload; `accepted` lists the right answers a missing-word blank accepts. */
export type Built = {
  type: QuestionType;
  payload: Record<string, unknown>;
  accepted?: string[];
  /** Line of each item of a payload array, for pointing schema errors at the right line. */
  itemLines?: Record<string, number[]>;
};

export type BuildContext = {
  format: GiftFormat;
  /** Line of an offset within the answer text. */
  line: (offset: number) => number;
  errors: ImportError[];
};

const TF = ["T", "TRUE", "F", "FALSE"];
const WEIGHT = /^\s*%(-?\d+(?:\.\d+)?)%/;

export function classify(raw: string): Kind | null {
  const t = raw.trim();
  if (t === "") return "essay";
  if (t.startsWith("#")) return "numeric";
  if (findUnescaped(t, "~") !== -1) return "choice";
  const hasEquals = findUnescaped(t, "=") !== -1;
  if (hasEquals && t.includes("->")) return "matching";
  const hash = findUnescaped(t, "#");
  if (TF.includes(unescapeGift(hash === -1 ? t : t.slice(0, hash)).trim().toUpperCase())) return "truefalse";
  return hasEquals ? "short" : null;
}

function takeWeight(body: string): { weight?: number; rest: string } {
  const m = WEIGHT.exec(body);
  return m ? { weight: Number(m[1]), rest: body.slice(m[0].length) } : { rest: body };
}

function cutFeedback(body: string): { text: string; feedback?: string } {
  const at = findUnescaped(body, "#");
  return at === -1 ? { text: body } : { text: body.slice(0, at), feedback: body.slice(at + 1) };
}

/** Empty feedback (`#` with nothing after it, or Moodle's `{T##right}`) means none. */
function optionalText(raw: string | undefined, format: GiftFormat): string | undefined {
  return raw === undefined ? undefined : readText(raw, format) || undefined;
}

function answersOf(raw: string, markers: string, ctx: BuildContext, hint: string): Marked[] {
  const { lead, answers } = splitAnswers(raw, markers);
  if (lead.trim() !== "") ctx.errors.push({ line: ctx.line(0), message: `Text before the first answer: ${hint}` });
  return answers;
}

/** `{=right ~wrong}` → single; with no `=`, `~%w%` weights → multiple (positive weight = correct). */
function buildChoice(raw: string, ctx: BuildContext): Built {
  const answers = answersOf(raw, "~=", ctx, "start every answer with = (right) or ~ (wrong)");
  const single = answers.some((a) => a.marker === "=");
  const options = answers.map((a) => {
    // Moodle reads weights only after `~`; in a question with `=`, partial credit becomes wrong.
    const { weight, rest } = a.marker === "~" ? takeWeight(a.body) : { weight: undefined, rest: a.body };
    const { text, feedback } = cutFeedback(rest);
    const correct = single ? a.marker === "=" : (weight ?? 0) > 0;
    const fb = optionalText(feedback, ctx.format);
    return { text: readText(text, ctx.format), correct, ...(fb === undefined ? {} : { feedback: fb }) };
  });
  return {
    type: single ? "single" : "multiple",
    payload: { options },
    accepted: options.filter((o) => o.correct).map((o) => o.text),
    itemLines: { options: answers.map((a) => ctx.line(a.offset)) },
  };
}

/** `{=a =%100%b =%50%c}` → accepted [a, b]: only fully right answers count; feedback is dropped. */
function buildShort(raw: string, ctx: BuildContext): Built | null {
  const answers = answersOf(raw, "=", ctx, "start every answer with =").map((a) => {
    const { weight, rest } = takeWeight(a.body);
    return { text: readText(cutFeedback(rest).text, ctx.format), full: weight === undefined || weight === 100, a };
  });
  const full = answers.filter((x) => x.full);
  if (full.length === 0) {
    ctx.errors.push({ line: ctx.line(0), message: "No answer is fully right: mark at least one with = or =%100%" });
    return null;
  }
  return {
    type: "short",
    payload: { accepted: full.map((x) => x.text) },
    accepted: full.map((x) => x.text),
    itemLines: { accepted: full.map((x) => ctx.line(x.a.offset)) },
  };
}

type NumericKey = { value: number; tolerance: number } | { min: number; max: number };

function readNumericSpec(spec: string): NumericKey | null {
  const range = spec.indexOf("..");
  if (range > 0) {
    const min = parseNumber(spec.slice(0, range));
    const max = parseNumber(spec.slice(range + 2));
    return min === null || max === null ? null : { min, max };
  }
  const colon = spec.indexOf(":");
  const value = parseNumber(colon > 0 ? spec.slice(0, colon) : spec);
  const tolerance = colon > 0 ? parseNumber(spec.slice(colon + 1)) : 0;
  return value === null || tolerance === null ? null : { value, tolerance };
}

/** `{#5:0.1}`, `{#1..3}`, `{#=5:0 =%50%6:1}` → the one 100% answer; answer feedback is dropped. */
function buildNumeric(raw: string, ctx: BuildContext): Built | null {
  const start = raw.indexOf("#") + 1;
  let body = raw.slice(start);
  const wrongFeedback = findUnescaped(body, "~");
  if (wrongFeedback !== -1) body = body.slice(0, wrongFeedback);
  const pieces: Marked[] = body.trimStart().startsWith("=")
    ? splitAnswers(body, "=").answers
    : [{ marker: "", body, offset: 0 }];
  const keys: NumericKey[] = [];
  const errorsBefore = ctx.errors.length;
  for (const piece of pieces) {
    const { weight, rest } = takeWeight(piece.body);
    const spec = unescapeGift(cutFeedback(rest).text).trim();
    const key = readNumericSpec(spec);
    if (!key) {
      ctx.errors.push({
        line: ctx.line(start + piece.offset),
        message: `"${spec}" is not a numeric answer: write {#value}, {#value:tolerance} or {#min..max}`,
      });
    } else if (weight === undefined || weight === 100) keys.push(key);
  }
  if (ctx.errors.length > errorsBefore) return null;
  if (keys.length !== 1) {
    const message =
      keys.length === 0
        ? "No numeric answer is fully right: mark one with = or =%100%"
        : `Layerwise keeps one numeric answer, but ${keys.length} are fully right (100%): keep one`;
    ctx.errors.push({ line: ctx.line(0), message });
    return null;
  }
  return { type: "numeric", payload: keys[0] };
}

/** `{=a -> 1 =b -> 2 = -> extra}`: a pair with an empty left side is a distractor. */
function buildMatching(raw: string, ctx: BuildContext): Built | null {
  const pairs: { left: string; right: string }[] = [];
  const distractors: string[] = [];
  const lines = { pairs: [] as number[], distractors: [] as number[] };
  for (const a of answersOf(raw, "=", ctx, "start every pair with =")) {
    const arrow = a.body.indexOf("->");
    if (arrow === -1) {
      ctx.errors.push({ line: ctx.line(a.offset), message: "Write each matching pair as =left -> right" });
      continue;
    }
    const left = readText(a.body.slice(0, arrow), ctx.format);
    const right = readText(a.body.slice(arrow + 2), ctx.format);
    if (left === "") {
      distractors.push(right);
      lines.distractors.push(ctx.line(a.offset));
    } else {
      pairs.push({ left, right });
      lines.pairs.push(ctx.line(a.offset));
    }
  }
  const payload = distractors.length > 0 ? { pairs, distractors } : { pairs };
  return { type: "matching", payload, itemLines: lines };
}

/**
 * `{T#shown if wrong#shown if right}` as in Moodle, whose feedbackTrue is shown to whoever
 * answers True (as ours is). So for a true statement: wrong → feedbackFalse, right → feedbackTrue;
 * for a false statement the other way round.
 */
function buildTrueFalse(raw: string, ctx: BuildContext): Built {
  const parts = splitUnescaped(raw, "#").map((p) => p.text);
  const answer = ["T", "TRUE"].includes(unescapeGift(parts[0]).trim().toUpperCase());
  const wrong = optionalText(parts[1], ctx.format);
  const right = optionalText(parts.length > 2 ? parts.slice(2).join("#") : undefined, ctx.format);
  const [feedbackTrue, feedbackFalse] = answer ? [right, wrong] : [wrong, right];
  return {
    type: "truefalse",
    payload: {
      answer,
      ...(feedbackTrue === undefined ? {} : { feedbackTrue }),
      ...(feedbackFalse === undefined ? {} : { feedbackFalse }),
    },
  };
}

/** Builds the payload for a classified answer block (not essays: they need the general feedback). */
export function buildAnswers(kind: Exclude<Kind, "essay">, raw: string, ctx: BuildContext): Built | null {
  switch (kind) {
    case "choice":
      return buildChoice(raw, ctx);
    case "short":
      return buildShort(raw, ctx);
    case "numeric":
      return buildNumeric(raw, ctx);
    case "matching":
      return buildMatching(raw, ctx);
    case "truefalse":
      return buildTrueFalse(raw, ctx);
  }
}
