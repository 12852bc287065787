import { AppError, zodFieldErrors } from "@/lib/errors";
import { textId } from "./ids";
import { matchesAccepted } from "./normalise";
import { parsePayload, type PayloadFor } from "./payload";
import { answerSchemas, type AnswerFor, type QuestionType } from "./schemas";
import type { GradeResult, StoredQuestion } from "./types";

export { normaliseText } from "./normalise";

/** Float noise allowance for numeric answers: 0.1 + 0.2 must count as 0.3. */
const EPSILON = 1e-9;

const ANSWER_SHAPES: Record<QuestionType, string> = {
  single: '{ "choice": "<option id>" }',
  multiple: '{ "choices": ["<option id>", …] }',
  truefalse: '{ "value": true | false }',
  short: '{ "text": "<your answer>" }',
  numeric: '{ "value": <number> }',
  matching: '{ "matches": { "<left id>": "<right id>" } }',
  ordering: '{ "order": ["<item id>", …] }',
  cloze: '{ "blanks": ["<answer for blank 1>", …] }',
  flashcard: '{ "knew": true | false }',
};

function parseAnswer<T extends QuestionType>(type: T, answer: unknown): AnswerFor<T> {
  const parsed = answerSchemas[type].safeParse(answer);
  if (!parsed.success) {
    throw new AppError("BAD_REQUEST", `An answer to a ${type} question must look like ${ANSWER_SHAPES[type]}.`, {
      fields: zodFieldErrors(parsed.error, "answer"),
    });
  }
  return parsed.data as AnswerFor<T>;
}

function unknownIds(field: string, what: string, ids: string[]): AppError {
  return new AppError("BAD_REQUEST", `This answer names ${what} that the question does not have; reload the question and answer again.`, {
    fields: { [`answer.${field}`]: [`Unknown ${what}: ${ids.join(", ")}`] },
  });
}

const result = (score: number, feedback: string[] = []): GradeResult => ({ correct: score === 1, score, feedback });

function gradeSingle(p: PayloadFor<"single">, a: AnswerFor<"single">): GradeResult {
  const picked = p.options.find((o) => textId("o", o.text) === a.choice);
  if (!picked) throw unknownIds("choice", "an option", [a.choice]);
  return result(picked.correct ? 1 : 0, picked.feedback ? [picked.feedback] : []);
}

function gradeMultiple(p: PayloadFor<"multiple">, a: AnswerFor<"multiple">): GradeResult {
  const chosen = new Set(a.choices);
  const ids = new Set(p.options.map((o) => textId("o", o.text)));
  const unknown = [...chosen].filter((id) => !ids.has(id));
  if (unknown.length) throw unknownIds("choices", "options", unknown);
  const picked = p.options.filter((o) => chosen.has(textId("o", o.text)));
  const right = p.options.filter((o) => o.correct).length;
  const rightPicked = picked.filter((o) => o.correct).length;
  const score = Math.max(0, (rightPicked - (picked.length - rightPicked)) / right);
  const feedback = picked.flatMap((o) => (o.feedback ? [o.feedback] : []));
  // score === 1 exactly when every right option and no wrong one was picked: the "correct" rule.
  return result(score, feedback);
}

function gradeTruefalse(p: PayloadFor<"truefalse">, a: AnswerFor<"truefalse">): GradeResult {
  const fb = a.value ? p.feedbackTrue : p.feedbackFalse;
  return result(a.value === p.answer ? 1 : 0, fb ? [fb] : []);
}

function gradeNumeric(p: PayloadFor<"numeric">, a: AnswerFor<"numeric">): GradeResult {
  const v = a.value;
  const ok = "value" in p ? Math.abs(v - p.value) <= p.tolerance + EPSILON : v >= p.min - EPSILON && v <= p.max + EPSILON;
  return result(ok ? 1 : 0);
}

function gradeMatching(p: PayloadFor<"matching">, a: AnswerFor<"matching">): GradeResult {
  const lefts = new Map(p.pairs.map((x) => [textId("l", x.left), textId("r", x.right)]));
  const rights = new Set([...p.pairs.map((x) => x.right), ...(p.distractors ?? [])].map((r) => textId("r", r)));
  const badLefts = Object.keys(a.matches).filter((id) => !lefts.has(id));
  if (badLefts.length) throw unknownIds("matches", "left items", badLefts);
  const badRights = Object.values(a.matches).filter((id) => !rights.has(id));
  if (badRights.length) throw unknownIds("matches", "right items", badRights);
  const right = [...lefts].filter(([l, r]) => a.matches[l] === r).length;
  return result(right / lefts.size);
}

function gradeOrdering(p: PayloadFor<"ordering">, a: AnswerFor<"ordering">): GradeResult {
  const ids = p.items.map((t) => textId("i", t));
  const given = new Set(a.order);
  if (a.order.length !== ids.length || given.size !== ids.length || !ids.every((id) => given.has(id))) {
    throw new AppError("BAD_REQUEST", "The order must list every item of the question exactly once.", {
      fields: { "answer.order": [`Expected each of the ${ids.length} item ids exactly once`] },
    });
  }
  return result(ids.filter((id, i) => a.order[i] === id).length / ids.length);
}

function gradeCloze(p: PayloadFor<"cloze">, a: AnswerFor<"cloze">): GradeResult {
  if (a.blanks.length !== p.blanks.length) {
    throw new AppError("BAD_REQUEST", `Give one answer per blank: this text has ${p.blanks.length}.`, {
      fields: { "answer.blanks": [`Expected ${p.blanks.length} answers, got ${a.blanks.length}`] },
    });
  }
  const right = p.blanks.filter((b, i) => matchesAccepted(a.blanks[i], b.accepted, b.caseSensitive)).length;
  return result(right / p.blanks.length);
}

/**
 * Grades a learner's answer against a stored question. Throws AppError BAD_REQUEST (with
 * `fields`) when the answer has the wrong shape or names ids the question does not have;
 * a corrupt stored payload throws a plain Error (a 500).
 */
export function gradeAnswer(q: StoredQuestion, answer: unknown): GradeResult {
  const p = parsePayload(q);
  switch (p.type) {
    case "single":
      return gradeSingle(p.payload, parseAnswer("single", answer));
    case "multiple":
      return gradeMultiple(p.payload, parseAnswer("multiple", answer));
    case "truefalse":
      return gradeTruefalse(p.payload, parseAnswer("truefalse", answer));
    case "short": {
      const a = parseAnswer("short", answer);
      return result(matchesAccepted(a.text, p.payload.accepted, p.payload.caseSensitive) ? 1 : 0);
    }
    case "numeric":
      return gradeNumeric(p.payload, parseAnswer("numeric", answer));
    case "matching":
      return gradeMatching(p.payload, parseAnswer("matching", answer));
    case "ordering":
      return gradeOrdering(p.payload, parseAnswer("ordering", answer));
    case "cloze":
      return gradeCloze(p.payload, parseAnswer("cloze", answer));
    case "flashcard":
      return { correct: null, score: parseAnswer("flashcard", answer).knew ? 1 : 0, feedback: [] };
  }
}
