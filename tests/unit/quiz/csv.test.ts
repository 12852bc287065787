import { describe, expect, it } from "vitest";
import { answerTexts, summarizeAnswer } from "@/lib/quiz/statistics/answer-summary";
import { csvField, csvRow } from "@/lib/quiz/statistics/csv";
import { textId } from "@/lib/questions/ids";

describe("CSV fields", () => {
  it("quotes commas, quotes, CR and LF, doubling inner quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
  });

  it("guards text that a spreadsheet would run as a formula with a leading apostrophe", () => {
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("+cmd")).toBe("'+cmd");
    expect(csvField("-2")).toBe("'-2");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tx")).toBe("'\tx");
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField("a=b")).toBe("a=b");
  });

  it("writes numbers and booleans as data and null as empty", () => {
    expect(csvRow([1, -0.5, true, null, undefined, "x"])).toBe("1,-0.5,true,,,x\r\n");
    expect(csvField(Number.NaN)).toBe("");
  });
});

describe("answer summaries", () => {
  const options = { options: [{ text: "runc" }, { text: "crun" }] };
  it("resolves option, item and pair ids to their texts", () => {
    expect(summarizeAnswer(answerTexts(options), { choice: textId("o", "runc") })).toBe("runc");
    expect(summarizeAnswer(answerTexts(options), { choices: [textId("o", "crun"), "o-gone"] })).toBe(
      "crun | (an option since edited)",
    );
    expect(summarizeAnswer(answerTexts({ items: ["a", "b"] }), { order: [textId("i", "b"), textId("i", "a")] })).toBe(
      "b > a",
    );
    expect(
      summarizeAnswer(answerTexts({ pairs: [{ left: "L", right: "R" }] }), {
        matches: { [textId("l", "L")]: textId("r", "R") },
      }),
    ).toBe("L → R");
  });

  it("gives typed answers as typed", () => {
    expect(summarizeAnswer(answerTexts({}), { text: "=cmd" })).toBe("=cmd");
    expect(summarizeAnswer(answerTexts({}), { value: 4.5 })).toBe("4.5");
    expect(summarizeAnswer(answerTexts({}), { value: false })).toBe("false");
    expect(summarizeAnswer(answerTexts({}), { blanks: ["a", "b"] })).toBe("a | b");
    expect(summarizeAnswer(answerTexts({}), { knew: true })).toBe("knew it");
    expect(summarizeAnswer(answerTexts({}), null)).toBe("");
  });
});
