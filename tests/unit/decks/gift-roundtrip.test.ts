import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCurriculum } from "@/lib/decks/curriculum";
import { exportGift, type ExportableQuestion } from "@/lib/decks/gift/export";
import { parseGift } from "@/lib/decks/gift/parse";
import { questionInputSchema, type QuestionInput, type QuestionType } from "@/lib/questions/schemas";

const { decks, errors } = loadCurriculum();

const core = (q: QuestionInput & { id?: string }) => ({
  id: q.id,
  type: q.type,
  section: q.section,
  prompt: q.prompt,
  explanation: q.explanation,
  payload: q.payload,
});

/** A choice payload with its options sorted by text (GIFT exports write them shuffled). */
const byText = (payload: unknown) => {
  const p = payload as { options?: { text: string }[] };
  return p.options ? { ...p, options: [...p.options].sort((a, b) => a.text.localeCompare(b.text)) } : payload;
};

describe("GIFT round trip of the curriculum", () => {
  it("loads the curriculum", () => {
    expect(errors).toEqual([]);
    expect(decks.length).toBeGreaterThan(0);
  });

  it.each(decks.map((d) => [d.slug, d] as const))("%s: every question comes back unchanged", (_slug, deck) => {
    const { questions } = parseGift(exportGift({ title: deck.title, questions: deck.questions }));
    expect(questions.map(core)).toEqual(deck.questions.map(core));
    expect(new Set(questions.map((q) => q.category))).toEqual(new Set([deck.title]));
  });

  // What Moodle sees (no layerwise comments) must already be right for the types Moodle has.
  it("writes single, multiple, true/false, matching, short and numeric questions Moodle reads the same", () => {
    const faithful: QuestionType[] = ["single", "multiple", "truefalse", "matching", "short", "numeric"];
    for (const deck of decks) {
      const moodleOnly = exportGift({ questions: deck.questions })
        .split("\n")
        .filter((line) => !line.startsWith("// layerwise:"))
        .join("\n");
      const { questions } = parseGift(moodleOnly, { defaultSection: "4" });
      deck.questions.forEach((q, i) => {
        const lossy =
          (q.type === "numeric" && "unit" in q.payload) || (q.type === "short" && "caseSensitive" in q.payload);
        if (!faithful.includes(q.type) || lossy) return;
        // Moodle gets the options in the shuffled written order: the same options, keys and feedback.
        expect({ type: questions[i].type, payload: byText(questions[i].payload), prompt: questions[i].prompt }).toEqual(
          {
            type: q.type,
            payload: byText(q.payload),
            prompt: q.prompt,
          },
        );
      });
    }
  });
});

describe("exportGift output", () => {
  it("writes -0 as 0, even where the payload goes in the layerwise comment", () => {
    const q = {
      section: "1",
      prompt: "p",
      explanation: "e",
      type: "numeric" as const,
      payload: { value: -0, tolerance: 0, unit: "s" },
    };
    expect(parseGift(exportGift({ questions: [q] })).questions[0].payload).toEqual({
      value: 0,
      tolerance: 0,
      unit: "s",
    });
  });

  it("writes Moodle's GIFT syntax, with a layerwise comment only where GIFT falls short", () => {
    const base = { section: "4.1", explanation: "Why: because." };
    const gift = exportGift({
      title: "Docker / OCI",
      questions: [
        {
          ...base,
          id: "tf",
          title: "Kernel",
          type: "truefalse",
          prompt: "Containers share a kernel.",
          payload: { answer: true, feedbackFalse: "They do share it." },
        },
        {
          ...base,
          type: "multiple",
          prompt: "Pick {two}",
          payload: {
            options: [
              { text: "a=1", correct: true },
              { text: "b~2", correct: true },
              { text: "c#3", correct: false, feedback: "No." },
            ],
          },
        },
        { ...base, type: "numeric", prompt: "Size?", payload: { value: 5.59, tolerance: 0.05, unit: "MB" } },
        { ...base, type: "ordering", prompt: "Order", payload: { items: ["one", "two", "three"] } },
        { ...base, type: "flashcard", prompt: "Front", payload: { back: "Back\nline 2" } },
      ],
    });
    expect(gift).toBe(
      [
        "// Exported from Layerwise. Lines starting with // layerwise: hold data GIFT has no place for.",
        "",
        "$CATEGORY: Docker // OCI",
        "",
        '// layerwise: {"id":"tf","section":"4.1"}',
        "::Kernel::[markdown]Containers share a kernel.{TRUE#They do share it.####Why\\: because.}",
        "",
        // Options are written shuffled (seeded by the question); "order" puts them back.
        '// layerwise: {"section":"4.1","order":[0,2,1]}',
        "[markdown]Pick \\{two\\}{",
        "\t~%50%a\\=1",
        "\t~%-100%c\\#3#No.",
        "\t~%50%b\\~2",
        "\t####Why\\: because.",
        "}",
        "",
        '// layerwise: {"section":"4.1","type":"numeric","payload":{"value":5.59,"tolerance":0.05,"unit":"MB"}}',
        "[markdown]Size?{#5.59:0.05####Why\\: because.}",
        "",
        '// layerwise: {"section":"4.1","type":"ordering","payload":{"items":["one","two","three"]}}',
        "[markdown]Order{",
        "\t=1 -> one",
        "\t=2 -> two",
        "\t=3 -> three",
        "\t####Why\\: because.",
        "}",
        "",
        '// layerwise: {"section":"4.1","explanation":"Why: because."}',
        "[markdown]Front{####Back\\nline 2}",
        "",
      ].join("\n"),
    );
  });
});

// ---- properties: any valid question survives exportGift → parseGift ----

// Texts full of GIFT syntax. "Clean" ones leave out what only the layerwise comment can carry
// (a leading %50% or [html], "->", empty feedback), so the GIFT text alone must hold them.
const awkward = [
  "~",
  "=",
  "#",
  "{",
  "}",
  ":",
  "::",
  "\\",
  "\\n",
  "\n",
  "\n\n",
  "\r",
  "####",
  "//",
  "$CATEGORY:",
  "<b>",
  "&amp;",
  "_____",
  "T",
  "TRUE",
  " ",
  "é",
  "日本語",
  "🐳",
  "\u00a0",
  "..",
  "[[",
  "]]",
];
const syntax = ["->", "%50%", "[html]", "[markdown]"];
const textArb = (clean: boolean, maxChunks = 8) =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...awkward, ...(clean ? [] : syntax)),
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 4 }),
        fc.constantFrom("a", "docker", "Run", "x1"),
      ),
      { minLength: 1, maxLength: maxChunks },
    )
    .map((parts) => parts.join("").trim())
    .filter((s) => s.length > 0 && s.length <= 200 && (!clean || (!/^[%[]/.test(s) && !s.includes("->"))));
const norm = (s: string) => s.trim().toLowerCase();
const withFeedback = (feedback: string | undefined) => (feedback === undefined ? {} : { feedback });
// exportGift writes -0 as 0 (meaningless in an answer key), so generate no -0.
const number = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (n === 0 ? 0 : n));

function payloadArbs(clean: boolean): Record<QuestionType, fc.Arbitrary<unknown>> {
  const text = (maxChunks?: number) => textArb(clean, maxChunks);
  const feedbackArb = fc.option(clean ? text() : fc.oneof(text(), fc.constant("")), { nil: undefined });
  const optionalBool = clean ? fc.constant(undefined) : fc.option(fc.boolean(), { nil: undefined });
  const optionsArb = (min: number, max: number) =>
    fc.uniqueArray(fc.record({ text: text(), feedback: feedbackArb }), {
      selector: (o) => norm(o.text),
      minLength: min,
      maxLength: max,
    });
  return {
    single: fc.tuple(optionsArb(2, 5), fc.nat()).map(([opts, k]) => ({
      options: opts.map((o, i) => ({ text: o.text, correct: i === k % opts.length, ...withFeedback(o.feedback) })),
    })),
    multiple: fc
      .tuple(optionsArb(3, 6), fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }))
      .map(([opts, flags]) => {
        const correct = opts.map((_, i) => flags[i]);
        if (!correct.includes(true)) correct[0] = true;
        if (!correct.includes(false)) correct[opts.length - 1] = false;
        return { options: opts.map((o, i) => ({ text: o.text, correct: correct[i], ...withFeedback(o.feedback) })) };
      }),
    truefalse: fc.record({ answer: fc.boolean(), feedbackTrue: feedbackArb, feedbackFalse: feedbackArb }),
    short: fc.record({ accepted: fc.array(text(), { minLength: 1, maxLength: 4 }), caseSensitive: optionalBool }),
    numeric: fc.oneof(
      fc.record({ value: number, tolerance: number.map(Math.abs) }),
      ...(clean ? [] : [fc.record({ value: fc.integer(), unit: text(2) })]),
      fc.tuple(number, number).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) })),
    ),
    matching: fc
      .tuple(
        fc.uniqueArray(text(), { selector: norm, minLength: 2, maxLength: 5 }),
        fc.uniqueArray(text(), { selector: norm, minLength: 8, maxLength: 8 }),
        fc.nat({ max: 3 }),
      )
      .map(([lefts, rights, extra]) => ({
        pairs: lefts.map((left, i) => ({ left, right: rights[i] })),
        ...(extra > 0 ? { distractors: rights.slice(lefts.length, lefts.length + extra) } : {}),
      })),
    ordering: fc.uniqueArray(text(), { selector: norm, minLength: 3, maxLength: 6 }).map((items) => ({ items })),
    cloze: fc
      .array(fc.record({ accepted: fc.array(text(4), { minLength: 1, maxLength: 3 }), caseSensitive: optionalBool }), {
        minLength: 1,
        maxLength: 3,
      })
      .chain((blanks) =>
        fc
          .array(fc.oneof(fc.constant(""), fc.constant(" "), text()), {
            minLength: blanks.length + 1,
            maxLength: blanks.length + 1,
          })
          .map((parts) => ({ text: parts.map((p, i) => (i === 0 ? p : `[[${i}]]${p}`)).join(""), blanks })),
      ),
    flashcard: fc.record({ back: text(12) }),
  };
}

function questionArb(types: QuestionType[], clean: boolean): fc.Arbitrary<QuestionInput> {
  const payloads = payloadArbs(clean);
  return fc
    .constantFrom(...types)
    .chain((type) =>
      fc.record({
        type: fc.constant(type),
        section: fc.array(fc.nat({ max: 99 }), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(".")),
        prompt: textArb(clean, 12),
        explanation: textArb(clean, 12),
        payload: payloads[type],
      }),
    )
    .map((q) => questionInputSchema.safeParse(q))
    .filter((r) => r.success)
    .map((r) => r.data);
}

const deckArb = (types: QuestionType[], clean: boolean) =>
  fc
    .array(fc.tuple(questionArb(types, clean), fc.boolean(), fc.option(textArb(clean, 4), { nil: undefined })), {
      minLength: 1,
      maxLength: 4,
    })
    .map((items) =>
      items.map(([q, withId, title], i): ExportableQuestion => ({
        ...q,
        ...(withId ? { id: `gen-${i}` } : {}),
        ...(title === undefined ? {} : { title }),
      })),
    );

const ALL_TYPES = Object.keys(payloadArbs(false)) as QuestionType[];

describe("GIFT round trip properties", () => {
  it("parseGift(exportGift(deck)) gives back every generated question of every type", () => {
    fc.assert(
      fc.property(deckArb(ALL_TYPES, false), (questions) => {
        const parsed = parseGift(exportGift({ title: "Generated deck", questions }));
        expect(parsed.questions).toEqual(questions.map((q) => ({ ...q, category: "Generated deck" })));
      }),
      { numRuns: 200 },
    );
  });

  it("carries Moodle-expressible questions in the GIFT text itself, escapes and all", () => {
    const types: QuestionType[] = ["single", "multiple", "truefalse", "short", "numeric", "matching"];
    fc.assert(
      fc.property(deckArb(types, true), (questions) => {
        const gift = exportGift({ questions });
        const metas = gift.split("\n").filter((l) => l.startsWith("// layerwise:"));
        for (const meta of metas)
          expect(Object.keys(JSON.parse(meta.slice("// layerwise:".length)))).not.toContain("payload");
        expect(parseGift(gift).questions).toEqual(questions);
      }),
      { numRuns: 200 },
    );
  });
});

describe("questions without an explanation", () => {
  it("export no empty general feedback and come back the same", () => {
    const q = {
      type: "single" as const,
      prompt: "Which tool creates containers?",
      explanation: "",
      payload: {
        options: [
          { text: "runc", correct: true },
          { text: "dockerd", correct: false },
        ],
      },
    };
    const text = exportGift({ questions: [q] });
    expect(text).not.toContain("####");
    const [back] = parseGift(text, {}).questions;
    expect(back).toMatchObject({ type: "single", prompt: q.prompt, explanation: "", payload: q.payload });
  });
});

describe("shuffled choice options in GIFT exports", () => {
  const options = ["runc", "dockerd", "containerd", "the shim", "BuildKit"].map((text, i) => ({
    text,
    correct: i === 0,
    ...(i ? { feedback: "No." } : {}),
  }));
  const questions = Array.from({ length: 40 }, (_, i) => ({
    id: `q-${i}`,
    type: "single" as const,
    prompt: `Question ${i}`,
    explanation: "",
    payload: { options },
  }));

  it("does not write the right option first every time, and reads the authored order back", () => {
    const gift = exportGift({ questions });
    const firstAnswers = gift
      .split("\n")
      .filter((l, i, all) => all[i - 1]?.endsWith("{"))
      .map((l) => l.trim());
    const rightFirst = firstAnswers.filter((l) => l.startsWith("=")).length;
    expect(firstAnswers).toHaveLength(40);
    expect(rightFirst).toBeLessThan(20);
    expect(parseGift(gift).questions.map((q) => q.payload)).toEqual(questions.map((q) => q.payload));
  });

  it("is reproducible: the same deck exports to the same text", () => {
    expect(exportGift({ questions })).toBe(exportGift({ questions }));
  });

  it("ignores an order that is not a permutation of the written options", () => {
    const gift = exportGift({ questions: questions.slice(0, 1) }).replace(/"order":\[[^\]]*\]/, '"order":[0,0,1,2,3]');
    const [back] = parseGift(gift).questions;
    expect(new Set((back.payload as { options: { text: string }[] }).options.map((o) => o.text))).toEqual(
      new Set(options.map((o) => o.text)),
    );
  });
});
