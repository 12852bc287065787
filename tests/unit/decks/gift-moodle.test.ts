import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DeckImportError } from "@/lib/decks/import-errors";
import { NEEDS_ANSWER_BACK, parseGift } from "@/lib/decks/gift/parse";

const fixture = (name: string) => readFileSync(join(__dirname, "../../fixtures/gift", name), "utf8");

function errorsOf(text: string) {
  try {
    parseGift(text);
  } catch (err) {
    expect(err).toBeInstanceOf(DeckImportError);
    return (err as DeckImportError).errors;
  }
  throw new Error("expected parseGift to throw");
}

describe("Moodle's own GIFT fixtures import whole", () => {
  it("questions.gift.txt: all 9 questions, the essay without feedback as a card that needs an answer", () => {
    const { questions } = parseGift(fixture("questions.gift.txt"));
    expect(questions.map((q) => q.type)).toEqual([
      "flashcard",
      "matching",
      "single",
      "multiple",
      "numeric",
      "short",
      "truefalse",
      "truefalse",
      "truefalse",
    ]);
    expect(questions[0]).toMatchObject({ title: "Q8", prompt: "How are you?", payload: { back: NEEDS_ANSWER_BACK } });
    // ~%50% yellow and off-beige are right, the -100% ones wrong.
    expect(questions[3].payload).toMatchObject({
      options: [{ correct: true }, { correct: false }, { correct: true }, { correct: false }],
    });
    expect(questions[4].payload).toEqual({ value: 3, tolerance: 2 });
  });

  it("questions_in_category.gift.txt: all 4 questions, in the file's category", () => {
    const { questions } = parseGift(fixture("questions_in_category.gift.txt"));
    expect(questions).toHaveLength(4);
    expect(questions.map((q) => q.type)).toEqual(["matching", "single", "short", "truefalse"]);
    expect(new Set(questions.map((q) => q.category))).toEqual(new Set(["$course$/Default for New Features"]));
  });
});

describe("GIFT weights", () => {
  it("refuses a non-numeric weight on its line instead of keeping it as option text", () => {
    const errors = errorsOf("Colour?{\n~yellow\n~%abc%blue\n=green\n}");
    expect(errors).toEqual([{ line: 3, message: expect.stringContaining("%abc% is not a number") }]);
  });

  it.each(["%150%", "%-150%"])("refuses the out-of-range weight %s as out of range, not for the option count", (w) => {
    const errors = errorsOf(`Pick{\n~${w}a\n~%-50%b\n}`);
    expect(errors).toEqual([{ line: 2, message: `The weight ${w} is out of range: weights go from %-100% to %100%` }]);
  });

  it("refuses a weight Moodle's grade list does not have, naming the list", () => {
    const [error] = errorsOf("Pick{~%37%a ~%63%b ~c}");
    expect(error.line).toBe(1);
    expect(error.message).toContain("%37% is not one Moodle allows");
    expect(error.message).toContain("33.33333");
  });

  it("accepts every weight Moodle accepts, negatives and thirds included", () => {
    const { questions } = parseGift("Pick{~%33.33333%a ~%66.66667%b ~%-33.33333%c ~%-100%d ~%0%e}");
    expect(questions[0].payload).toMatchObject({
      options: [{ correct: true }, { correct: true }, { correct: false }, { correct: false }, { correct: false }],
    });
    // Moodle's regex also takes a trailing dot.
    expect(parseGift("Pick{~%50.%a ~%50%b ~c}").questions[0].payload).toMatchObject({
      options: [{ text: "a", correct: true }, { correct: true }, { correct: false }],
    });
    // Text that merely contains percent signs is not a weight.
    expect(parseGift("Format?{=%d is an int ~%s and %d}").questions[0].payload).toMatchObject({
      options: [{ text: "%d is an int" }, { text: "%s and %d" }],
    });
  });

  it("checks short-answer and numeric weights too, each on its line", () => {
    expect(errorsOf("Animal?{\n=Frog\n=%x%Cat\n}")).toEqual([{ line: 3, message: expect.stringContaining("%x%") }]);
    expect(errorsOf("N?{#\n=5:0\n=%200%6:1\n}")).toEqual([
      { line: 3, message: expect.stringContaining("out of range") },
    ]);
    expect(errorsOf("N?{#%1x%5:0}")).toEqual([{ line: 1, message: expect.stringContaining("not a number") }]);
  });
});
