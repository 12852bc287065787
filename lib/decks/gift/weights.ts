import type { BuildContext, Kind } from "./read-parts";
import { findUnescaped, splitAnswers } from "./text";

/**
 * Moodle's answer grades in percent (question_bank::fraction_options_full(), positive half; the
 * negatives are allowed too). Moodle's importer refuses any other weight ("Grades do not match
 * grade options - question skipped"), matching within 0.00001 of a fraction.
 */
export const MOODLE_WEIGHTS = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5,
  0,
] as const;
const TOLERANCE_PERCENT = 0.001;

// Anything shaped like a weight: `%…%` right after the marker, without spaces inside. Moodle
// reads only numeric ones and keeps the rest as answer text, silently; we refuse those instead.
const WEIGHT_SHAPED = /^(\s*)%([^%\s]{1,20})%/;
const NUMBER = /^-?\d+\.?\d*$/;

export function weightProblem(inside: string): string | null {
  const token = `%${inside}%`;
  if (!NUMBER.test(inside)) {
    return `The weight ${token} is not a number: write a percentage such as %50% or %-100%, or remove it`;
  }
  const value = Number(inside);
  if (value > 100 || value < -100) {
    return `The weight ${token} is out of range: weights go from %-100% to %100%`;
  }
  if (MOODLE_WEIGHTS.some((w) => Math.abs(Math.abs(value) - w) < TOLERANCE_PERCENT)) return null;
  return `The weight ${token} is not one Moodle allows: use ${MOODLE_WEIGHTS.join(", ")} (or minus one of them)`;
}

/** An answer's text and where it starts in the answer block. */
type Piece = { body: string; at: number };
const afterMarker = (a: { body: string; offset: number }): Piece => ({ body: a.body, at: a.offset + 1 });

/** The answers whose weights Moodle reads: after `~` in a choice, `=` in a short answer, every numeric one. */
function weighted(kind: Kind, raw: string): Piece[] {
  if (kind === "choice")
    return splitAnswers(raw, "~=")
      .answers.filter((a) => a.marker === "~")
      .map(afterMarker);
  if (kind === "short") return splitAnswers(raw, "=").answers.map(afterMarker);
  if (kind !== "numeric") return [];
  const start = raw.indexOf("#") + 1;
  const wrong = findUnescaped(raw, "~", start);
  const body = raw.slice(start, wrong === -1 ? raw.length : wrong);
  const { lead, answers } = splitAnswers(body, "=");
  return [{ body: lead, at: 0 }, ...answers.map(afterMarker)].map((p) => ({ body: p.body, at: start + p.at }));
}

/** Reports every weight that is not a number or not one of Moodle's grades, on its own line. */
export function checkWeights(kind: Kind, raw: string, ctx: BuildContext): boolean {
  let ok = true;
  for (const piece of weighted(kind, raw)) {
    const m = WEIGHT_SHAPED.exec(piece.body);
    const problem = m ? weightProblem(m[2]) : null;
    if (!m || !problem) continue;
    ok = false;
    ctx.errors.push({ line: ctx.line(piece.at + m[1].length), message: problem });
  }
  return ok;
}
