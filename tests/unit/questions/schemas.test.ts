import { describe, expect, it } from "vitest";
import { answerSchemas, payloadSchemas, questionInputSchema, type QuestionType } from "@/lib/questions/schemas";

const opt = (text: string, correct = false) => ({ text, correct });

const GOOD: Record<QuestionType, unknown[]> = {
  single: [
    { options: [opt("A", true), opt("B")] },
    { options: [opt("A"), { text: "B", correct: true, feedback: "Yes" }] },
  ],
  multiple: [{ options: [opt("A", true), opt("B", true), opt("C")] }],
  truefalse: [{ answer: true }, { answer: false, feedbackTrue: "No", feedbackFalse: "Right" }],
  short: [{ accepted: ["dockerd"] }, { accepted: ["runC", "runc"], caseSensitive: true }],
  numeric: [
    { value: 2375 },
    { value: 5.59, tolerance: 0.05, unit: "MB" },
    { min: 1, max: 1 },
    { min: -1, max: 2, unit: "s" },
  ],
  matching: [
    {
      pairs: [
        { left: "a", right: "1" },
        { left: "b", right: "2" },
      ],
    },
    {
      pairs: [
        { left: "a", right: "1" },
        { left: "b", right: "2" },
      ],
      distractors: ["3"],
    },
  ],
  ordering: [{ items: ["one", "two", "three"] }],
  cloze: [{ text: "[[1]] and [[2]]", blanks: [{ accepted: ["x"] }, { accepted: ["y"], caseSensitive: true }] }],
  flashcard: [{ back: "**Back** of the card" }],
};

const BAD: [QuestionType, string, unknown, string][] = [
  ["single", "two correct", { options: [opt("A", true), opt("B", true)] }, "Exactly one option must be correct"],
  ["single", "none correct", { options: [opt("A"), opt("B")] }, "Exactly one option must be correct"],
  ["single", "one option", { options: [opt("A", true)] }, "Give at least 2 options"],
  ["single", "duplicate options", { options: [opt("Same", true), opt(" same ")] }, "Options must all differ"],
  ["single", "empty option text", { options: [opt("  ", true), opt("B")] }, "Option text must not be empty"],
  [
    "single",
    "missing correct flag",
    { options: [{ text: "A" }, opt("B", true)] },
    "Each option needs correct: true or false",
  ],
  ["single", "unknown key", { options: [opt("A", true), opt("B")], shuffle: true }, "shuffle"],
  ["multiple", "no correct option", { options: [opt("A"), opt("B"), opt("C")] }, "At least one option must be correct"],
  [
    "multiple",
    "no wrong option",
    { options: [opt("A", true), opt("B", true), opt("C", true)] },
    "At least one option must be wrong",
  ],
  ["multiple", "two options", { options: [opt("A", true), opt("B")] }, "Give at least 3 options"],
  ["multiple", "duplicate options", { options: [opt("A", true), opt("a"), opt("C")] }, "Options must all differ"],
  ["truefalse", "string answer", { answer: "true" }, "answer must be true or false"],
  ["truefalse", "unknown key", { answer: true, feedback: "x" }, "feedback"],
  ["short", "no accepted", { accepted: [] }, "Give at least one accepted answer"],
  ["short", "blank accepted", { accepted: ["  "] }, "Accepted answer must not be empty"],
  ["numeric", "min > max", { min: 3, max: 1 }, "min must not be greater than max"],
  ["numeric", "negative tolerance", { value: 1, tolerance: -1 }, "tolerance must be 0 or more"],
  ["numeric", "infinite value", { value: Infinity }, "value"],
  ["numeric", "neither shape", { answer: 3 }, "Give either value (with an optional tolerance) or min and max"],
  ["numeric", "value mixed with min", { value: 1, min: 0, max: 2 }, "Give either value"],
  ["matching", "one pair", { pairs: [{ left: "a", right: "1" }] }, "Give at least 2 pairs"],
  [
    "matching",
    "duplicate lefts",
    {
      pairs: [
        { left: "a", right: "1" },
        { left: "A", right: "2" },
      ],
    },
    "Left items must all differ",
  ],
  [
    "matching",
    "distractor equals a right",
    {
      pairs: [
        { left: "a", right: "1" },
        { left: "b", right: "2" },
      ],
      distractors: ["2"],
    },
    "Right items and distractors must all differ",
  ],
  ["ordering", "two items", { items: ["a", "b"] }, "Give at least 3 items"],
  ["ordering", "duplicate items", { items: ["a", "b", "A"] }, "Items must all differ"],
  [
    "cloze",
    "[[2]] missing",
    { text: "[[1]] only", blanks: [{ accepted: ["x"] }, { accepted: ["y"] }] },
    "The text must contain [[1]]",
  ],
  [
    "cloze",
    "blanks out of order",
    { text: "[[2]] [[1]]", blanks: [{ accepted: ["x"] }, { accepted: ["y"] }] },
    "in order",
  ],
  [
    "cloze",
    "blank without accepted",
    { text: "[[1]]", blanks: [{ accepted: [] }] },
    "Each blank needs an accepted answer",
  ],
  ["cloze", "no blanks", { text: "no blanks here", blanks: [] }, "Give at least one blank"],
  ["flashcard", "empty back", { back: "" }, "Back of the card must not be empty"],
  ["flashcard", "unknown key", { back: "x", front: "y" }, "front"],
];

describe("payload schemas", () => {
  for (const [type, payloads] of Object.entries(GOOD) as [QuestionType, unknown[]][]) {
    it.each(payloads.map((p, i) => [i, p]))(`accepts good ${type} payload #%i`, (_i, payload) => {
      expect(payloadSchemas[type].safeParse(payload).success).toBe(true);
    });
  }

  it.each(BAD)("rejects %s payload: %s", (type, _why, payload, message) => {
    const parsed = payloadSchemas[type].safeParse(payload);
    expect(parsed.success).toBe(false);
    const messages = parsed.error!.issues.map((i) =>
      i.code === "unrecognized_keys" ? `Unrecognized key: ${i.keys.join(", ")}` : i.message,
    );
    expect(messages.join("\n")).toContain(message);
  });

  it("defaults numeric tolerance to 0", () => {
    expect(payloadSchemas.numeric.parse({ value: 3 })).toEqual({ value: 3, tolerance: 0 });
  });
});

describe("questionInputSchema", () => {
  const base = { prompt: "Which?", explanation: "Because.", section: "4.3.5" };

  it("checks the payload against the question's type", () => {
    expect(questionInputSchema.safeParse({ ...base, type: "short", payload: { accepted: ["x"] } }).success).toBe(true);
    expect(questionInputSchema.safeParse({ ...base, type: "single", payload: { accepted: ["x"] } }).success).toBe(
      false,
    );
  });

  it("rejects an unknown type with the list of types", () => {
    const parsed = questionInputSchema.safeParse({ ...base, type: "essay", payload: {} });
    expect(parsed.error?.issues[0].message).toMatch(/type must be one of: single, multiple/);
  });

  it("rejects a malformed section and unknown top-level keys", () => {
    const bad = questionInputSchema.safeParse({ ...base, section: "4.x", type: "flashcard", payload: { back: "b" } });
    expect(bad.error?.issues[0].message).toBe("section must look like 4.3.5");
    const extra = questionInputSchema.safeParse({ ...base, type: "flashcard", payload: { back: "b" }, answer: 1 });
    expect(extra.error?.issues[0].code).toBe("unrecognized_keys");
  });
});

describe("answer schemas", () => {
  it.each([
    ["single", { choice: "o1" }, { choice: "" }],
    ["multiple", { choices: [] }, { choices: "o1" }],
    ["truefalse", { value: false }, { value: "false" }],
    ["short", { text: "" }, { text: "x".repeat(501) }],
    ["numeric", { value: -1.5 }, { value: "1.5" }],
    ["matching", { matches: { l1: "r1" } }, { matches: [["l1", "r1"]] }],
    ["ordering", { order: ["i1", "i2"] }, { order: Array.from({ length: 11 }, (_, i) => `i${i}`) }],
    ["cloze", { blanks: ["a", ""] }, { blanks: ["a"], extra: true }],
    ["flashcard", { knew: true }, { knew: 1 }],
  ] as [QuestionType, unknown, unknown][])("%s: accepts %j, rejects %j", (type, good, bad) => {
    expect(answerSchemas[type].safeParse(good).success).toBe(true);
    expect(answerSchemas[type].safeParse(bad).success).toBe(false);
  });
});
