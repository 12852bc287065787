import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCurriculum } from "@/lib/decks/curriculum";
import { authoredQuestion } from "@/lib/decks/curriculum-schema";
import { DeckImportError } from "@/lib/decks/import-errors";
import { deckFileSchema, exportDeckJson, parseDeckJson } from "@/lib/decks/json-format";
import { JsonSyntaxError, parseJsonLocated } from "@/lib/decks/json-locate";

const { decks } = loadCurriculum();

const small = {
  title: "Tiny deck",
  chapter: "4.1",
  questions: [
    {
      id: "t-one",
      type: "truefalse" as const,
      section: "4.1",
      prompt: "Containers share the host kernel.",
      explanation: "They do.",
      payload: { answer: true },
    },
    {
      type: "single" as const,
      section: "4.1.2",
      prompt: "Pick",
      explanation: "Because.",
      payload: {
        options: [
          { text: "A", correct: true },
          { text: "B", correct: false, feedback: "No" },
        ],
      },
    },
  ],
};

function errorsOf(text: string) {
  try {
    parseDeckJson(text);
  } catch (err) {
    expect(err).toBeInstanceOf(DeckImportError);
    return (err as DeckImportError).errors;
  }
  throw new Error("expected parseDeckJson to throw");
}

/** Line (1-based) of the first line containing `needle`. */
const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("deck JSON", () => {
  it.each(decks.map((d) => [d.slug, d] as const))("round trips the %s curriculum deck", (_slug, deck) => {
    // As stored by the seed: kind stays in the curriculum file, the source joins the explanation.
    const stored = { ...deck, questions: deck.questions.map(authoredQuestion) };
    const text = exportDeckJson(stored);
    expect(deckFileSchema.safeParse(JSON.parse(text)).success).toBe(true);
    expect(parseDeckJson(text)).toEqual({
      deck: { title: deck.title, description: deck.description, chapter: deck.chapter },
      questions: stored.questions,
    });
  });

  it("writes format and version first, pretty-printed, and leaves out absent fields", () => {
    const text = exportDeckJson(small);
    expect(
      text.startsWith('{\n  "format": "layerwise.deck",\n  "version": 1,\n  "deck": {\n    "title": "Tiny deck",'),
    ).toBe(true);
    expect(text).not.toContain("description");
    expect(parseDeckJson(text)).toEqual({ deck: { title: "Tiny deck", chapter: "4.1" }, questions: small.questions });
  });

  it("rejects an unknown version and a file that is not a deck file, with one clear error", () => {
    const v2 = exportDeckJson(small).replace('"version": 1', '"version": 2');
    expect(errorsOf(v2)).toEqual([
      { line: 3, message: "Unsupported deck file version 2: this Layerwise reads version 1" },
    ]);
    expect(errorsOf(exportDeckJson(small).replace('"version": 1', '"version": "1"'))).toEqual([
      { line: 3, message: '"version" must be the number 1' },
    ]);
    expect(errorsOf('{"questions": []}')).toEqual([
      { line: 1, message: 'Not a Layerwise deck file: "format" must be "layerwise.deck"' },
    ]);
  });

  it("names the line and question of a bad payload, and reports every problem", () => {
    const text = exportDeckJson(small)
      .replace('"correct": true', '"correct": "yes"')
      .replace('"prompt": "Containers share the host kernel."', '"prompt": ""');
    expect(errorsOf(text)).toEqual([
      { line: lineOf(text, '"prompt": ""'), message: "question 1 (t-one) › prompt: Prompt must not be empty" },
      {
        line: lineOf(text, '"correct": "yes"'),
        message: "question 2 › option 1 › correct: Each option needs correct: true or false",
      },
    ]);
  });

  it("points at the question when a field is missing", () => {
    const file = JSON.parse(exportDeckJson(small));
    delete file.questions[1].prompt;
    const text = JSON.stringify(file, null, 2);
    const secondQuestion = text.split("\n").lastIndexOf("    {") + 1;
    expect(errorsOf(text)).toEqual([{ line: secondQuestion, message: "question 2 › prompt: Prompt must be text" }]);
  });

  it("reports a duplicate id on the line of the second use", () => {
    const file = JSON.parse(exportDeckJson(small));
    file.questions[1].id = "t-one";
    const text = JSON.stringify(file, null, 2);
    const lines = text.split("\n");
    const second = lines.findIndex((l, i) => i > lineOf(text, '"t-one"') && l.includes('"t-one"')) + 1;
    expect(errorsOf(text)).toEqual([
      { line: second, message: 'question 2 (t-one) › id: id "t-one" is also used by question 1' },
    ]);
  });

  it.each([
    [
      '{\n  "format": "layerwise.deck",\n  "version": 1,\n  "deck": { "title": "x", },\n}',
      4,
      "Expected a property name in double quotes",
    ],
    ['{\n  "format": "layerwise.deck"\n  "version": 1\n}', 3, "Expected ',' or '}' after the property value"],
    ['{\n  "questions": [\n    1,\n  ]\n}', 4, "Unexpected ']': remove the comma before it"],
    ['{\n  "deck": {\n    "title": "never closed\n  }\n}', 3, "raw control character"],
    ['{\n  "deck": {\n    "title": "x"', 3, "ends too early"],
    ["", 1, "ends too early"],
    ['{"a": 1} trailing', 1, "Unexpected text after the end of the JSON"],
  ])("reports malformed JSON with its line (%#)", (text, line, message) => {
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0].line).toBe(line);
    expect(errors[0].message).toContain(message);
  });

  it("rejects unknown keys in a question on their own line", () => {
    // (`tags` was this test's unknown key until questions carried tags; `labels` still is unknown.)
    const text = exportDeckJson(small).replace('"type": "single",', '"type": "single",\n      "labels": ["x"],');
    expect(errorsOf(text)).toEqual([
      { line: lineOf(text, '"labels"'), message: 'question 2: Unrecognized key: "labels"' },
    ]);
  });

  it("rejects unknown top-level keys and treats __proto__ as plain data", () => {
    const file = JSON.parse(exportDeckJson(small));
    const text = JSON.stringify({ ...file, extra: true }, null, 2);
    expect(errorsOf(text)[0].message).toContain("extra");
    const proto = exportDeckJson(small).replace('"deck": {', '"deck": { "__proto__": { "polluted": true },');
    expect(errorsOf(proto)[0].message).toContain("__proto__");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("reads JSON exactly as JSON.parse does, and rejects what it rejects", () => {
    const texts = fc.oneof(
      fc.json(),
      fc.json().map((t) => t.slice(0, -1)),
      fc.jsonValue().map((v) => JSON.stringify(v, null, 2)),
      fc.string({
        unit: fc.constantFrom(
          "{",
          "}",
          "[",
          "]",
          ",",
          ":",
          '"',
          "\\",
          "1",
          "-",
          ".",
          "e",
          "a",
          " ",
          "\n",
          "null",
          "true",
        ),
      }),
    );
    fc.assert(
      fc.property(texts, (text) => {
        let expected: unknown;
        try {
          expected = JSON.parse(text);
        } catch {
          expect(() => parseJsonLocated(text)).toThrow(JsonSyntaxError);
          return;
        }
        expect(parseJsonLocated(text).value).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
