import { z } from "zod";
import { cutFeedback, takeWeight, type BuildContext, type Built } from "@/lib/decks/gift/read-parts";
import { findUnescaped, parseNumber, splitAnswers, unescapeGift, type Marked } from "@/lib/decks/gift/text";
import { finite, result } from "../fields";
import { defineQuestionType } from "../module";
import { QUESTION_TYPE_LABELS } from "../../question-types";

/** Float noise allowance for numeric answers: 0.1 + 0.2 must count as 0.3. */
const EPSILON = 1e-9;

export const numericPayloadSchema = z.union(
  [
    z
      .object({
        value: finite("value"),
        tolerance: finite("tolerance").min(0, "tolerance must be 0 or more").default(0),
        unit: z.string().trim().max(20).optional(),
      })
      .strict(),
    z
      .object({ min: finite("min"), max: finite("max"), unit: z.string().trim().max(20).optional() })
      .strict()
      .refine((p) => p.min <= p.max, { error: "min must not be greater than max", path: ["max"] }),
  ],
  { error: "Give either value (with an optional tolerance) or min and max" },
);

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
function readNumeric(raw: string, ctx: BuildContext): Built | null {
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

export const numeric = defineQuestionType({
  label: QUESTION_TYPE_LABELS.numeric,
  payloadSchema: numericPayloadSchema,
  answerSchema: z.object({ value: z.number({ error: "value must be a number" }) }).strict(),
  answerShape: '{ "value": <number> }',
  viewSchema: z.object({ type: z.literal("numeric"), unit: z.string().optional() }),
  solutionSchema: z.object({
    type: z.literal("numeric"),
    value: z.number().optional(),
    tolerance: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    unit: z.string().optional(),
  }),
  grade(p, a) {
    const v = a.value;
    const ok =
      "value" in p ? Math.abs(v - p.value) <= p.tolerance + EPSILON : v >= p.min - EPSILON && v <= p.max + EPSILON;
    return result(ok ? 1 : 0);
  },
  toView: (p) => (p.unit ? { type: "numeric" as const, unit: p.unit } : { type: "numeric" as const }),
  toSolution: (p) => ({ type: "numeric" as const, ...p }),
  gift: {
    write(q, { head, general }) {
      const p = q.payload;
      const key = "value" in p ? `${p.value}:${p.tolerance}` : `${p.min}..${p.max}`;
      return [`${head}{#${key}${general}}`];
    },
    read: { kind: "numeric", build: readNumeric },
  },
});
