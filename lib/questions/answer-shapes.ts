import type { AnswerFor, QuestionType } from "./schemas";

/**
 * The learner's answer shapes (each type's answerSchema in lib/questions/types/<type>) as small
 * hand checks with the same `safeParse(value).data` reading, for the answer inputs and reviews
 * in the browser: they only read back the answer being shown, so they need no zod (which would
 * be ~32 kB of every page that renders a question). The server parses answers with the real
 * schemas; tests/unit/questions/answer-shapes.test.ts holds the two to the same verdicts.
 */
type Parsed<T> = { success: true; data: T } | { success: false; data?: undefined };
type Shape<T> = { safeParse(value: unknown): Parsed<T> };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
/** An object with exactly these keys (the schemas are strict). */
const only = (v: unknown, key: string): v is Record<string, unknown> =>
  isObject(v) && Object.keys(v).length === 1 && key in v;
const isId = (v: unknown): v is string => typeof v === "string" && v.length >= 1 && v.length <= 64;
const listOf = (v: unknown, ok: (x: unknown) => boolean, max: number) =>
  Array.isArray(v) && v.length <= max && v.every(ok);

function shape<T>(check: (v: unknown) => boolean): Shape<T> {
  return {
    safeParse: (value) => (check(value) ? { success: true, data: structuredClone(value) as T } : { success: false }),
  };
}

export const answerSchemas: { readonly [T in QuestionType]: Shape<AnswerFor<T>> } = {
  single: shape((v) => only(v, "choice") && isId(v.choice)),
  multiple: shape((v) => only(v, "choices") && listOf(v.choices, isId, 10)),
  truefalse: shape((v) => only(v, "value") && typeof v.value === "boolean"),
  short: shape((v) => only(v, "text") && typeof v.text === "string" && v.text.length <= 500),
  numeric: shape((v) => only(v, "value") && typeof v.value === "number" && Number.isFinite(v.value)),
  matching: shape(
    (v) =>
      only(v, "matches") &&
      isObject(v.matches) &&
      Object.entries(v.matches).every(([left, right]) => isId(left) && isId(right)),
  ),
  ordering: shape((v) => only(v, "order") && listOf(v.order, isId, 10)),
  cloze: shape((v) => only(v, "blanks") && listOf(v.blanks, (b) => typeof b === "string" && b.length <= 200, 10)),
  flashcard: shape((v) => only(v, "knew") && typeof v.knew === "boolean"),
};
