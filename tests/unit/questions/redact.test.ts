import { describe, expect, it } from "vitest";
import { loadCurriculum } from "@/lib/decks/curriculum";
import { gradeAnswer } from "@/lib/questions/grading";
import { textId } from "@/lib/questions/ids";
import { normaliseText } from "@/lib/questions/normalise";
import { choiceOrder, toPublicQuestion, toSolution } from "@/lib/questions/redact";
import type { PublicQuestion, Solution, StoredQuestion } from "@/lib/questions/types";
import { rightAnswer } from "@/tests/helpers/answers";

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const RNGS: [string, () => () => number][] = [
  ["always 0", () => () => 0],
  ["always 0.999", () => () => 0.999],
  ...[1, 2, 3, 42, 1234].map((s): [string, () => () => number] => [`seed ${s}`, () => seeded(s)]),
];

const { decks, errors } = loadCurriculum();
const QUESTIONS: StoredQuestion[] = decks.flatMap((d) => d.questions.map((q) => ({ ...q, section: q.section })));
const FORBIDDEN_KEYS = [
  "correct",
  "accepted",
  "answer",
  "back",
  "feedback",
  "feedbackTrue",
  "feedbackFalse",
  "explanation",
];

function keysOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysOf(v, out);
    }
  }
  return out;
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Whole-word, case-insensitive; "word" edges are letters/digits/underscore so `--unix-socket` or `:latest` work too. */
const wholeWord = (needle: string) => new RegExp(`(?<![\\p{L}\\p{N}_])${escape(needle)}(?![\\p{L}\\p{N}_])`, "iu");

function acceptedOf(s: Solution): string[] {
  if (s.type === "short") return s.accepted;
  if (s.type === "cloze") return s.accepted.flat();
  return [];
}

const views = (q: StoredQuestion): PublicQuestion[] =>
  RNGS.flatMap(([, make]) => [
    toPublicQuestion(q, { shuffle: true, rng: make() }),
    toPublicQuestion(q, { rng: make() }),
  ]);

describe("curriculum questions, redacted", () => {
  it("loads a curriculum with every question type", () => {
    expect(errors).toEqual([]);
    expect(new Set(QUESTIONS.map((q) => q.type)).size).toBe(9);
  });

  it.each(QUESTIONS.map((q) => [q.id, q] as const))("%s: public view leaks no answer", (_id, q) => {
    const solution = toSolution(q);
    for (const pub of views(q)) {
      // The id is checked on its own below: it is the database key, not something redaction can change.
      const json = JSON.stringify({ ...pub, id: undefined });
      const keys = keysOf(JSON.parse(json));
      for (const k of FORBIDDEN_KEYS) expect(keys.has(k), `key "${k}" in ${json}`).toBe(false);
      expect(json).not.toContain(q.explanation);

      for (const a of acceptedOf(solution)) {
        for (const form of new Set([a, normaliseText(a)])) {
          expect(json, `accepted answer "${form}" appears in the public view`).not.toMatch(wholeWord(form));
        }
      }

      const v = pub.view;
      if (v.type === "single" || v.type === "multiple") {
        for (const c of v.options) expect(c.id).toBe(textId("o", c.text));
      }
      // The displayed order may be the solved one (with its fair 1/n! chance; never showing it
      // would leak it): tests/unit/questions/display-order.test.ts checks the distribution.
      if (v.type === "ordering" && solution.type === "ordering") {
        expect(v.items.map((c) => c.id).sort()).toEqual([...solution.order].sort());
        for (const c of v.items) expect(c.id).toBe(textId("i", c.text));
      }
      if (v.type === "matching" && solution.type === "matching") {
        const pairRights = Object.values(solution.matches);
        expect(pairRights.every((id) => v.rights.some((c) => c.id === id))).toBe(true);
        expect(v.lefts.map((c) => c.id)).toEqual(Object.keys(solution.matches));
      }
      if (solution.type === "flashcard") expect(json).not.toContain(solution.back.slice(0, 40));
      if (solution.type === "numeric") {
        for (const n of [solution.value, solution.min, solution.max]) {
          if (n === undefined || String(Math.abs(n)).replace(/\D/g, "").length < 2) continue;
          const token = new RegExp(`(?<![\\w.])${escape(String(n))}(?![\\w]|\\.\\d)`);
          expect(json, `numeric answer ${n} appears in the public view`).not.toMatch(token);
        }
      }
    }
  });

  /**
   * Curriculum ids are the database ids, so they reach the client in PublicQuestion.id (and
   * URLs, DOM attributes): none may name its own answer.
   */
  it("question ids name no short/cloze answer (ids reach the browser)", () => {
    const leaking = QUESTIONS.filter((q) => {
      const idWords = q.id.replace(/-/g, " ");
      return acceptedOf(toSolution(q)).some((a) =>
        [a, normaliseText(a), a.replace(/[\s-]+/g, "")].some((form) => wholeWord(form).test(idWords)),
      );
    }).map((q) => q.id);
    expect(leaking).toEqual([]);
  });

  it("unshuffled choice views do not follow the authored order (the curriculum lists right options first)", () => {
    const singles = QUESTIONS.filter((q) => q.type === "single");
    const rightFirst = singles.filter((q) => {
      const solution = toSolution(q);
      const view = toPublicQuestion(q, { shuffle: false }).view;
      return view.type === "single" && solution.type === "single" && view.options[0].id === solution.correct;
    });
    // Sorted by id (a hash of the text), the right option comes first about 1 time in 4.
    expect(rightFirst.length).toBeLessThan(singles.length / 2);
  });

  it.each(QUESTIONS.filter((q) => q.type !== "flashcard").map((q) => [q.id, q] as const))(
    "%s: the solution's own answer grades as fully correct",
    (_id, q) => {
      expect(gradeAnswer(q, rightAnswer(toSolution(q)))).toMatchObject({ correct: true, score: 1 });
    },
  );

  it.each(QUESTIONS.map((q) => [q.id, q] as const))("%s: a snapshotted order is reproduced", (_id, q) => {
    const first = toPublicQuestion(q, { shuffle: true, rng: seeded(7) });
    const again = toPublicQuestion(q, { shuffle: true, rng: seeded(99), order: choiceOrder(first.view) });
    expect(again).toEqual(first);
  });
});

describe("toPublicQuestion", () => {
  const base = { prompt: "P", explanation: "E", section: null };

  it("splits cloze text into text segments and 1-based blanks", () => {
    const q: StoredQuestion = {
      ...base,
      id: "c",
      type: "cloze",
      payload: { text: "[[1]] see; [[2]] use.", blanks: [{ accepted: ["namespaces"] }, { accepted: ["cgroups"] }] },
    };
    expect(toPublicQuestion(q).view).toEqual({
      type: "cloze",
      segments: [{ blank: 1 }, { text: " see; " }, { blank: 2 }, { text: " use." }],
      blanks: 2,
    });
  });

  it("sorts options by id unless asked to shuffle, and keeps matching lefts in order", () => {
    const options = ["a", "b", "c", "d", "e"].map((t, i) => ({ text: t, correct: i === 0 }));
    const q: StoredQuestion = { ...base, id: "s", type: "single", payload: { options } };
    const ids = options.map((o) => textId("o", o.text)).sort();
    expect(choiceOrder(toPublicQuestion(q).view)).toEqual({ options: ids });
    expect(choiceOrder(toPublicQuestion(q, { shuffle: true, rng: () => 0 }).view).options).not.toEqual(ids);

    const pairs = [1, 2, 3].map((n) => ({ left: `L${n}`, right: `R${n}` }));
    const m: StoredQuestion = { ...base, id: "m", type: "matching", payload: { pairs, distractors: ["X"] } };
    const v = toPublicQuestion(m, { rng: () => 0.999 }).view;
    expect(v.type === "matching" && v.lefts.map((c) => c.text)).toEqual(["L1", "L2", "L3"]);
    expect(v.type === "matching" && v.rights.map((c) => c.text).sort()).toEqual(["R1", "R2", "R3", "X"]);
  });

  // This test used to assert the solved order never appears; that rule was itself the leak.
  it("shows ordering items solved with their fair chance (1 in 3! over 600 seeds)", () => {
    const q: StoredQuestion = { ...base, id: "o", type: "ordering", payload: { items: ["1", "2", "3"] } };
    const solved = ["1", "2", "3"].map((t) => textId("i", t));
    expect(choiceOrder(toPublicQuestion(q, { order: { items: solved } }).view).items).toEqual(solved);
    let solvedCount = 0;
    for (let s = 0; s < 600; s++)
      if (choiceOrder(toPublicQuestion(q, { rng: seeded(s) }).view).items!.join() === solved.join()) solvedCount++;
    expect(solvedCount).toBeGreaterThan(50);
    expect(solvedCount).toBeLessThan(150);
  });

  it("puts ids a snapshot does not know (the question was edited) last", () => {
    const q: StoredQuestion = { ...base, id: "o", type: "ordering", payload: { items: ["1", "2", "3", "4"] } };
    const [one, two, three, four] = ["1", "2", "3", "4"].map((t) => textId("i", t));
    const view = toPublicQuestion(q, { order: { items: [four, "gone", two, one] } }).view;
    expect(choiceOrder(view).items).toEqual([four, two, one, three]);
  });

  it("omits the explanation and hides the truefalse/numeric keys", () => {
    const tf: StoredQuestion = { ...base, id: "t", type: "truefalse", payload: { answer: true, feedbackTrue: "yes" } };
    expect(toPublicQuestion(tf)).toEqual({
      id: "t",
      type: "truefalse",
      prompt: "P",
      section: null,
      view: { type: "truefalse" },
    });
    const num: StoredQuestion = { ...base, id: "n", type: "numeric", payload: { value: 42, tolerance: 1, unit: "MB" } };
    expect(toPublicQuestion(num).view).toEqual({ type: "numeric", unit: "MB" });
  });
});

describe("toSolution", () => {
  it("keys feedback by option id and keeps case sensitivity", () => {
    const q: StoredQuestion = {
      id: "s",
      type: "single",
      prompt: "P",
      explanation: "E",
      section: null,
      payload: {
        options: [
          { text: "a", correct: true, feedback: "yes" },
          { text: "b", correct: false },
        ],
      },
    };
    expect(toSolution(q)).toEqual({
      type: "single",
      correct: textId("o", "a"),
      feedback: { [textId("o", "a")]: "yes" },
    });
    const short: StoredQuestion = { ...q, type: "short", payload: { accepted: ["runC"], caseSensitive: true } };
    expect(toSolution(short)).toEqual({ type: "short", accepted: ["runC"], caseSensitive: true });
    const tf: StoredQuestion = {
      ...q,
      type: "truefalse",
      payload: { answer: false, feedbackTrue: "no", feedbackFalse: "right" },
    };
    expect(toSolution(tf)).toEqual({ type: "truefalse", answer: false, feedback: "right" });
  });
});

describe("views and solutions found thin by mutation testing", () => {
  const stored = (type: StoredQuestion["type"], payload: unknown): StoredQuestion => ({
    id: `q-${type}`,
    type,
    prompt: "Prompt",
    explanation: "Explanation",
    section: "1.1",
    payload,
  });

  it("a numeric question shows its unit beside the input, and no unit when it has none", () => {
    expect(toPublicQuestion(stored("numeric", { value: 5.59, tolerance: 0.05, unit: "MB" })).view).toEqual({
      type: "numeric",
      unit: "MB",
    });
    expect(toPublicQuestion(stored("numeric", { min: 1, max: 2 })).view).toEqual({ type: "numeric" });
  });

  it("a cloze ending in a blank has no empty trailing text segment", () => {
    const q = stored("cloze", { text: "The low-level runtime is [[1]]", blanks: [{ accepted: ["runc"] }] });
    expect(toPublicQuestion(q).view).toEqual({
      type: "cloze",
      segments: [{ text: "The low-level runtime is " }, { blank: 1 }],
      blanks: 1,
    });
  });

  it("the cloze solution says which blanks are case-sensitive, and says nothing when none is", () => {
    const mixed = stored("cloze", {
      text: "[[1]] and [[2]]",
      blanks: [{ accepted: ["runc"] }, { accepted: ["PID"], caseSensitive: true }],
    });
    expect(toSolution(mixed)).toEqual({ type: "cloze", accepted: [["runc"], ["PID"]], caseSensitive: [false, true] });
    const plain = stored("cloze", { text: "[[1]] and [[2]]", blanks: [{ accepted: ["runc"] }, { accepted: ["pid"] }] });
    expect(toSolution(plain)).toEqual({ type: "cloze", accepted: [["runc"], ["pid"]] });
  });

  it("a flashcard's solution is its back", () => {
    expect(toSolution(stored("flashcard", { back: "pivot_root(2)" }))).toEqual({
      type: "flashcard",
      back: "pivot_root(2)",
    });
  });
});
