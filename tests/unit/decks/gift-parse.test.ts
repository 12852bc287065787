import { describe, expect, it } from "vitest";
import { DeckImportError } from "@/lib/decks/import-errors";
import {
  DEFAULT_CLOZE_PROMPT,
  GiftError,
  NEEDS_ANSWER_BACK,
  parseGift,
  type ImportedQuestion,
} from "@/lib/decks/gift/parse";

const opts = { defaultSection: "4.1" };
const gift = (...lines: string[]) => lines.join("\n");
/** Parses one question with a default section and returns it. */
function one(...lines: string[]): ImportedQuestion {
  const { questions } = parseGift(gift(...lines), opts);
  expect(questions).toHaveLength(1);
  return questions[0];
}
/** The errors parseGift throws for the text. */
function errorsOf(text: string, options = opts) {
  try {
    parseGift(text, options);
  } catch (err) {
    expect(err).toBeInstanceOf(GiftError);
    return (err as DeckImportError).errors;
  }
  throw new Error("expected parseGift to throw");
}

describe("parseGift: question types", () => {
  it("reads {=right ~wrong} as single choice, with option feedback and general feedback as explanation", () => {
    const q = one(
      "Who is buried in Grant's tomb?{=no one#Right! ~Grant#He is not. ~Jefferson####Nobody is buried there.}",
    );
    expect(q).toEqual({
      type: "single",
      section: "4.1",
      prompt: "Who is buried in Grant's tomb?",
      explanation: "Nobody is buried there.",
      payload: {
        options: [
          { text: "no one", correct: true, feedback: "Right!" },
          { text: "Grant", correct: false, feedback: "He is not." },
          { text: "Jefferson", correct: false },
        ],
      },
    });
  });

  it("reads weights with no = as multiple choice: positive weights are correct", () => {
    const q = one("Who is entombed?{~%-100%No one ~%50%Grant ~%50%Grant's wife ~%-100%Grant's father####Both.}");
    expect(q.type).toBe("multiple");
    expect(q.payload).toEqual({
      options: [
        { text: "No one", correct: false },
        { text: "Grant", correct: true },
        { text: "Grant's wife", correct: true },
        { text: "Grant's father", correct: false },
      ],
    });
  });

  it("treats partial credit next to an = answer as wrong (single choice has no partial credit)", () => {
    const q = one("Pick one{=right ~%50%half ~wrong####E}");
    expect(q.type).toBe("single");
    expect(q.payload).toEqual({
      options: [
        { text: "right", correct: true },
        { text: "half", correct: false },
        { text: "wrong", correct: false },
      ],
    });
  });

  it.each([
    ["{T####E}", true],
    ["{TRUE####E}", true],
    ["{F####E}", false],
    ["{FALSE####E}", false],
  ])("reads %s as true/false", (block, answer) => {
    expect(one(`Grant is buried in Grant's tomb.${block}`)).toMatchObject({ type: "truefalse", payload: { answer } });
  });

  it("maps {T#wrong#right} like Moodle: feedbackTrue is what someone answering True sees", () => {
    expect(one("The sky is blue.{T#No, look up.#Yes.####E}").payload).toEqual({
      answer: true,
      feedbackFalse: "No, look up.",
      feedbackTrue: "Yes.",
    });
    expect(one("The sun is cold.{F#No, it is hot.#Right.####E}").payload).toEqual({
      answer: false,
      feedbackTrue: "No, it is hot.",
      feedbackFalse: "Right.",
    });
    expect(one("Right feedback only.{TRUE##Well done.####E}").payload).toEqual({
      answer: true,
      feedbackTrue: "Well done.",
    });
  });

  it("reads only-= answers as short answer, keeping only 100% answers", () => {
    expect(one("Who's buried?{=no one =nobody =%100%noone####E}").payload).toEqual({
      accepted: ["no one", "nobody", "noone"],
    });
    expect(one("Two plus two?{=four#yes =%50%for#close####E}").payload).toEqual({ accepted: ["four"] });
  });

  it("needs a fully right short answer", () => {
    expect(errorsOf(gift("", "Two plus two?{=%50%for =%25%fore####E}"))).toEqual([
      { line: 2, message: "No answer is fully right: mark at least one with = or =%100%" },
    ]);
  });

  it.each([
    ["{#1822:5####E}", { value: 1822, tolerance: 5 }],
    ["{#1822####E}", { value: 1822, tolerance: 0 }],
    ["{#-1.5:0.25####E}", { value: -1.5, tolerance: 0.25 }],
    ["{#1..3####E}", { min: 1, max: 3 }],
    ["{#-3..-1####E}", { min: -3, max: -1 }],
    ["{#=1822:0#exact =%50%1822:2#close####E}", { value: 1822, tolerance: 0 }],
    ["{#\n=%50%1821:0\n=1822:0\n~#Not even close\n####E}", { value: 1822, tolerance: 0 }],
  ])("reads numeric %s", (block, payload) => {
    expect(one(`When was Grant born?${block}`)).toMatchObject({ type: "numeric", payload });
  });

  it("reports numeric answers that are not numbers, or not exactly one fully right", () => {
    expect(errorsOf("When?{#abc:1####E}")).toEqual([
      { line: 1, message: '"abc:1" is not a numeric answer: write {#value}, {#value:tolerance} or {#min..max}' },
    ]);
    expect(errorsOf("When?{#=%50%1:0 =%20%2:0####E}")[0].message).toContain("No numeric answer is fully right");
    expect(errorsOf("When?{#=1:0 =2:0####E}")[0].message).toContain("2 are fully right");
  });

  it("reads matching pairs, with empty-left pairs as distractors", () => {
    const q = one("Match the capitals.{", "=Canada -> Ottawa", "=Italy -> Rome", "= -> Paris", "####E", "}");
    expect(q).toMatchObject({
      type: "matching",
      prompt: "Match the capitals.",
      payload: {
        pairs: [
          { left: "Canada", right: "Ottawa" },
          { left: "Italy", right: "Rome" },
        ],
        distractors: ["Paris"],
      },
    });
  });

  it("needs at least two matching pairs, each written left -> right", () => {
    expect(errorsOf("Match{=Canada -> Ottawa####E}")).toEqual([{ line: 1, message: "pairs: Give at least 2 pairs" }]);
    expect(errorsOf(gift("Match{", "=Canada -> Ottawa", "=Italy Rome", "####E}"))).toEqual([
      { line: 3, message: "Write each matching pair as =left -> right" },
    ]);
  });

  it("turns a missing word with ~ options into a cloze that accepts only the right one", () => {
    const q = one("Grant is {~buried =entombed ~living####E} in Grant's tomb.");
    expect(q).toMatchObject({
      type: "cloze",
      prompt: DEFAULT_CLOZE_PROMPT,
      explanation: "E",
      payload: { text: "Grant is [[1]] in Grant's tomb.", blanks: [{ accepted: ["entombed"] }] },
    });
  });

  it("turns a short-answer missing word into a cloze, with earlier paragraphs as the prompt", () => {
    const q = one("Complete the sentence.\\n\\nThe {=cat =kitten####E} sat on the mat.");
    expect(q).toMatchObject({
      type: "cloze",
      prompt: "Complete the sentence.",
      payload: { text: "The [[1]] sat on the mat.", blanks: [{ accepted: ["cat", "kitten"] }] },
    });
  });

  it("keeps other types in a missing word, with _____ where the block was", () => {
    expect(one("The sky {T####E} blue.")).toMatchObject({ type: "truefalse", prompt: "The sky _____ blue." });
  });

  it("turns an essay into a flashcard whose back is the general feedback", () => {
    const q = one("Why did Docker replace LXC?{####LXC is **Linux-only**.}");
    expect(q).toMatchObject({
      type: "flashcard",
      payload: { back: "LXC is **Linux-only**." },
      explanation: "LXC is **Linux-only**.",
    });
    // Moodle accepts an essay without general feedback; it imports as a card that says it needs an answer.
    expect(one("Why?{}")).toMatchObject({ type: "flashcard", payload: { back: NEEDS_ANSWER_BACK }, explanation: "" });
  });
});

describe("parseGift: text", () => {
  it("unescapes \\~ \\= \\# \\{ \\} \\: \\\\ and \\n everywhere, and keeps other backslashes", () => {
    const q = one(
      "::A\\:\\:B::Is 1 \\= 1 \\{really\\} \\~ \\# a\\:b?\\nC:\\\\ \\*x\\*{",
      "=yes \\= \\~ \\{\\}#fb \\# \\= \\~",
      "~no",
      "####Line 1\\nLine 2 \\#\\#\\#\\#",
      "}",
    );
    expect(q.title).toBe("A::B");
    expect(q.prompt).toBe("Is 1 = 1 {really} ~ # a:b?\nC:\\ \\*x\\*");
    expect(q.payload).toEqual({
      options: [
        { text: "yes = ~ {}", correct: true, feedback: "fb # = ~" },
        { text: "no", correct: false },
      ],
    });
    expect(q.explanation).toBe("Line 1\nLine 2 ####");
  });

  it("skips // comment lines, but not // inside text", () => {
    const q = one("// a comment", "See https://example.com/x", "// another", "{=a ~b####E}");
    expect(q.prompt).toBe("See https://example.com/x");
  });

  it("keeps the lines of a multi-line question and reads CRLF files", () => {
    const { questions } = parseGift("Line one\r\nline two{\r\n=a\r\n~b\r\n####E\r\n}\r\n\r\nNext{T####E}\r\n", opts);
    expect(questions.map((q) => q.prompt)).toEqual(["Line one\nline two", "Next"]);
  });

  it("reads ::titles:: and applies $CATEGORY to the questions that follow", () => {
    const { questions } = parseGift(
      gift(
        "Before{T####E}",
        "",
        "$CATEGORY: $course$/Docker/Images",
        "",
        "::Q1:: One{T####E}",
        "",
        "$CATEGORY: Other",
        "Two{T####E}",
      ),
      opts,
    );
    expect(questions.map((q) => [q.title, q.category, q.prompt])).toEqual([
      [undefined, undefined, "Before"],
      ["Q1", "$course$/Docker/Images", "One"],
      [undefined, "Other", "Two"],
    ]);
  });

  it("keeps [markdown], [plain] and [moodle] text as is and turns [html] into plain text", () => {
    expect(one("[markdown]**Bold** and `code`{T####E}").prompt).toBe("**Bold** and `code`");
    expect(one("[plain]a <b> c{T####E}").prompt).toBe("a <b> c");
    expect(one("[moodle]Hi{T####E}").prompt).toBe("Hi");
    const q = one(
      "[html]<p>Is <b>a</b> &lt; b &amp;&amp; 2 < 3?</p><p>Say<br/>so.</p>{T#[plain]<i>kept</i>####<em>E</em>}",
    );
    expect(q.prompt).toBe("Is a < b && 2 < 3?\n\nSay\nso.");
    expect(q.payload).toEqual({ answer: true, feedbackFalse: "<i>kept</i>" });
    expect(q.explanation).toBe("E");
  });

  it("accepts //layerwise: without a space", () => {
    expect(parseGift(gift('//layerwise: {"section":"4.2"}', "Q{T####E}")).questions[0].section).toBe("4.2");
  });

  it("takes id, section and exact fields from a // layerwise: comment", () => {
    const q = one(
      '// layerwise: {"id":"eng-order","section":"4.3.5","type":"ordering","payload":{"items":["a","b","c"]}}',
      "Put in order.{=1 -> a =2 -> b =3 -> c####E}",
    );
    expect(q).toEqual({
      id: "eng-order",
      type: "ordering",
      section: "4.3.5",
      prompt: "Put in order.",
      explanation: "E",
      payload: { items: ["a", "b", "c"] },
    });
  });
});

describe("parseGift: errors", () => {
  it("names the line of an unterminated {", () => {
    const text = gift("// deck", "", "First{T####E}", "", "Second", "question", "text {=a ~b", "####E");
    expect(errorsOf(text)).toEqual([
      { line: 7, message: "This { is never closed: add } after the answers (or write \\{ for a literal brace)" },
    ]);
  });

  it("reports every bad question and returns nothing (all or nothing)", () => {
    const text = gift("Good{T####E}", "", "No block here", "", "Also good{F####E}", "", "Stray } brace{T####E}");
    const errors = errorsOf(text);
    expect(errors).toEqual([
      { line: 3, message: "No answer block: add {…} with the answers (Layerwise has no description-only items)" },
      { line: 7, message: "This } has no matching {: write \\} for a literal brace" },
    ]);
  });

  it("reports a second answer block, an unknown block and an unclosed title", () => {
    expect(errorsOf("Two{T####E} blocks{F####E}")[0].message).toContain("Only one answer block per question");
    expect(errorsOf("What?{cat####E}")[0].message).toContain("Can't tell the question type");
    expect(errorsOf("::Title Q{T####E}")[0].message).toContain("The title has no closing ::");
  });

  it("points schema errors at the line of the answer at fault", () => {
    expect(errorsOf(gift("Q{", "=a", "~#only feedback", "####E", "}"))).toEqual([
      { line: 3, message: "option 2 › text: Option text must not be empty" },
    ]);
    expect(errorsOf(gift("Q{", "=a", "~A", "####E", "}"))).toEqual([
      { line: 1, message: "options: Options must all differ" },
    ]);
  });

  it("imports a plain Moodle question with no general feedback and no section (both left empty)", () => {
    const [q] = parseGift(gift("Is it?", "{T}"), {}).questions;
    expect(q).toMatchObject({ type: "truefalse", prompt: "Is it?", explanation: "", payload: { answer: true } });
    expect(q.section).toBeUndefined();
  });

  it("takes the section from the layerwise comment or the default, and checks it", () => {
    expect(parseGift("Q{T####E}", { defaultSection: "4.2" }).questions[0].section).toBe("4.2");
    expect(errorsOf(gift('// layerwise: {"section":"x"}', "Q{T####E}"))).toEqual([
      { line: 1, message: "section: section must look like 4.3.5" },
    ]);
  });

  it("reports bad layerwise comments, orphan ones and duplicate ids", () => {
    expect(errorsOf(gift("// layerwise: {oops", "Q{T####E}"))[0]).toMatchObject({
      line: 1,
      message: expect.stringContaining("not valid JSON"),
    });
    expect(errorsOf(gift('// layerwise: {"sektion":"4.1"}', "Q{T####E}"))[0].message).toContain(
      "In the layerwise comment",
    );
    expect(errorsOf(gift('// layerwise: {"section":"4.1"}', "", "Q{T####E}"))[0]).toEqual({
      line: 1,
      message: "This layerwise comment is not followed by a question; put it on the line right above the question",
    });
    const dup = gift('// layerwise: {"id":"q1"}', "A{T####E}", "", '// layerwise: {"id":"q1"}', "B{T####E}");
    expect(errorsOf(dup)).toEqual([{ line: 4, message: 'id "q1" is already used by the question on line 1' }]);
  });

  it("rejects a file with no questions", () => {
    expect(errorsOf("// only a comment\n\n")).toEqual([
      { line: 1, message: "No questions found: write each question with its answers in {…}, separated by blank lines" },
    ]);
  });

  it("throws a DeckImportError whose message summarises the problems", () => {
    expect(() => parseGift("A\n\nB", opts)).toThrow(/2 problems: line 1: No answer block.*line 3: No answer block/);
  });
});
