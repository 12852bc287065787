import type { QuestionType } from "@/lib/questions/schemas";
import type { ImportError } from "@/lib/decks/import-errors";
import { findUnescaped, readText, splitAnswers, type GiftFormat, type Marked } from "./text";

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

// Moodle reads `%50%`, `%-33.33333%` and also `%50.%` (its regex: ^%-*[0-9]{1,2}\.?[0-9]*%).
const WEIGHT = /^\s*%(-?\d+\.?\d*)%/;

export function takeWeight(body: string): { weight?: number; rest: string } {
  const m = WEIGHT.exec(body);
  return m ? { weight: Number(m[1]), rest: body.slice(m[0].length) } : { rest: body };
}

export function cutFeedback(body: string): { text: string; feedback?: string } {
  const at = findUnescaped(body, "#");
  return at === -1 ? { text: body } : { text: body.slice(0, at), feedback: body.slice(at + 1) };
}

/** Empty feedback (`#` with nothing after it, or Moodle's `{T##right}`) means none. */
export function optionalText(raw: string | undefined, format: GiftFormat): string | undefined {
  return raw === undefined ? undefined : readText(raw, format) || undefined;
}

export function answersOf(raw: string, markers: string, ctx: BuildContext, hint: string): Marked[] {
  const { lead, answers } = splitAnswers(raw, markers);
  if (lead.trim() !== "") ctx.errors.push({ line: ctx.line(0), message: `Text before the first answer: ${hint}` });
  return answers;
}
