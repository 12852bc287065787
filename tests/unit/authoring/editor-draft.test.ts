import { describe, expect, it } from "vitest";
import { validateDraft } from "@/components/authoring/editor/checks";
import { draftFromQuestion, emptyDraft, inputOf } from "@/components/authoring/editor/draft";
import { blanksInText, syncBlanks } from "@/components/questions/cloze/draft";
import { loadCurriculum } from "@/lib/decks/curriculum";
import { questionInputSchema, QUESTION_TYPES } from "@/lib/questions/schemas";

const { decks } = loadCurriculum();
const questions = decks.flatMap((d) => d.questions);

describe("question editor draft", () => {
  it("every curriculum question survives draft → input unchanged (the editor can edit every stored question)", () => {
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
    for (const q of questions) {
      const stored = questionInputSchema.parse({
        type: q.type,
        prompt: q.prompt,
        explanation: q.explanation,
        section: q.section,
        payload: q.payload,
      });
      const input = inputOf(draftFromQuestion({ ...stored, section: stored.section ?? null }));
      expect(validateDraft(draftFromQuestion({ ...stored, section: stored.section ?? null })), q.id).toEqual({});
      expect(questionInputSchema.parse(input), q.id).toEqual(stored);
    }
  });

  it("an empty draft reports per-field errors keyed like the API", () => {
    const single = validateDraft(emptyDraft("single"));
    expect(single.prompt).toEqual(["Prompt must not be empty"]);
    expect(single["payload.options.0.text"]).toEqual(["Option text must not be empty"]);
    const multiple = validateDraft({
      ...emptyDraft("multiple"),
      prompt: "P",
      options: emptyDraft("multiple").options.map((o, i) => ({ ...o, text: `o${i}` })),
    });
    expect(multiple["payload.options"]).toEqual(["At least one option must be correct"]);
  });

  it("numeric errors name the field of the chosen kind, not just the union", () => {
    const d = { ...emptyDraft("numeric"), prompt: "How many?", value: "abc", tolerance: "-1" };
    const errors = validateDraft(d);
    expect(errors.payload).toBeUndefined();
    expect(errors["payload.value"]).toEqual(["value must be a number"]);
    expect(errors["payload.tolerance"]).toEqual(["tolerance must be 0 or more"]);
    const range = validateDraft({ ...d, numericMode: "range", min: "5", max: "1" });
    expect(range["payload.max"]).toEqual(["min must not be greater than max"]);
    expect(validateDraft({ ...d, value: "2.5", tolerance: "" })).toEqual({});
    expect(inputOf({ ...d, value: "2.5", tolerance: "", unit: " s " }).payload).toEqual({ value: 2.5, unit: " s " });
  });

  it("cloze blank rows follow the [[n]] markers in the text", () => {
    const d = { ...emptyDraft("cloze"), clozeText: "A [[1]] and [[2]]." };
    expect(blanksInText(d.clozeText)).toEqual([1, 2]);
    const two = syncBlanks(d);
    expect(two).toHaveLength(2);
    expect(syncBlanks({ ...d, blanks: two, clozeText: "Only [[1]]." })).toEqual([two[0]]);
    const input = inputOf({
      ...d,
      prompt: "Fill",
      blanks: two.map((b, i) => ({ ...b, accepted: ` x${i} \n\n y${i} ` })),
    });
    expect(input.payload).toEqual({
      text: "A [[1]] and [[2]].",
      blanks: [{ accepted: ["x0", "y0"] }, { accepted: ["x1", "y1"] }],
    });
  });
});
