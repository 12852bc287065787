import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { gradeAnswer, normaliseText } from "@/lib/questions/grading";
import { textId } from "@/lib/questions/ids";
import { matchesAccepted } from "@/lib/questions/normalise";
import type { QuestionType } from "@/lib/questions/schemas";
import type { StoredQuestion } from "@/lib/questions/types";

const q = (type: QuestionType, payload: unknown): StoredQuestion => ({
  id: `q-${type}`,
  type,
  prompt: "Prompt",
  explanation: "Explanation",
  section: "4.3",
  payload,
});
const o = (text: string) => textId("o", text);

const single = q("single", {
  options: [
    { text: "containerd", correct: true, feedback: "Yes, the high-level runtime." },
    { text: "runC", correct: false, feedback: "runC is the low-level runtime." },
    { text: "dockerd", correct: false },
  ],
});
const multiple = q("multiple", {
  options: [
    { text: "A", correct: true, feedback: "A is right" },
    { text: "B", correct: true },
    { text: "C", correct: false, feedback: "C is wrong" },
    { text: "D", correct: false },
  ],
});
const truefalse = q("truefalse", { answer: false, feedbackTrue: "No: it is false.", feedbackFalse: "Right." });
const short = q("short", { accepted: ["containerd-shim", "the shim"] });
const shortCase = q("short", { accepted: ["runC"], caseSensitive: true });
const matching = q("matching", {
  pairs: [
    { left: "pid", right: "Process IDs" },
    { left: "uts", right: "The hostname" },
    { left: "net", right: "Network access" },
    { left: "user", right: "User IDs" },
  ],
  distractors: ["CPU limits"],
});
const ordering = q("ordering", { items: ["one", "two", "three", "four"] });
const cloze = q("cloze", {
  text: "[[1]] decide what a process can see; [[2]] decide what it can use, says [[3]].",
  blanks: [
    { accepted: ["namespaces"] },
    { accepted: ["cgroups", "control groups"] },
    { accepted: ["Linux"], caseSensitive: true },
  ],
});

const l = (t: string) => textId("l", t);
const r = (t: string) => textId("r", t);
const i = (t: string) => textId("i", t);

type Row = [string, StoredQuestion, unknown, { correct: boolean | null; score: number; feedback?: string[] }];

const ROWS: Row[] = [
  [
    "single right",
    single,
    { choice: o("containerd") },
    { correct: true, score: 1, feedback: ["Yes, the high-level runtime."] },
  ],
  [
    "single wrong",
    single,
    { choice: o("runC") },
    { correct: false, score: 0, feedback: ["runC is the low-level runtime."] },
  ],
  ["single wrong, no feedback", single, { choice: o("dockerd") }, { correct: false, score: 0, feedback: [] }],
  [
    "multiple exact set",
    multiple,
    { choices: [o("B"), o("A")] },
    { correct: true, score: 1, feedback: ["A is right"] },
  ],
  ["multiple duplicates ignored", multiple, { choices: [o("A"), o("A"), o("B")] }, { correct: true, score: 1 }],
  ["multiple half", multiple, { choices: [o("A")] }, { correct: false, score: 0.5 }],
  ["multiple right minus wrong", multiple, { choices: [o("A"), o("B"), o("C")] }, { correct: false, score: 0.5 }],
  ["multiple floors at 0", multiple, { choices: [o("A"), o("C"), o("D")] }, { correct: false, score: 0 }],
  ["multiple nothing", multiple, { choices: [] }, { correct: false, score: 0, feedback: [] }],
  ["multiple wrong feedback", multiple, { choices: [o("C")] }, { correct: false, score: 0, feedback: ["C is wrong"] }],
  ["truefalse right", truefalse, { value: false }, { correct: true, score: 1, feedback: ["Right."] }],
  ["truefalse wrong", truefalse, { value: true }, { correct: false, score: 0, feedback: ["No: it is false."] }],
  ["short exact", short, { text: "containerd-shim" }, { correct: true, score: 1 }],
  ["short case + spaces", short, { text: "  ContainerD-Shim  " }, { correct: true, score: 1 }],
  ["short backticks + period", short, { text: "`containerd-shim`." }, { correct: true, score: 1 }],
  ["short quotes", short, { text: '"containerd-shim"' }, { correct: true, score: 1 }],
  ["short article dropped both sides", short, { text: "Shim" }, { correct: true, score: 1 }],
  ["short article on answer", short, { text: "The   shim" }, { correct: true, score: 1 }],
  ["short wrong", short, { text: "runc" }, { correct: false, score: 0 }],
  ["short empty", short, { text: "   " }, { correct: false, score: 0 }],
  ["short caseSensitive right", shortCase, { text: " runC. " }, { correct: true, score: 1 }],
  ["short caseSensitive wrong case", shortCase, { text: "runc" }, { correct: false, score: 0 }],
  [
    "matching all",
    matching,
    {
      matches: {
        [l("pid")]: r("Process IDs"),
        [l("uts")]: r("The hostname"),
        [l("net")]: r("Network access"),
        [l("user")]: r("User IDs"),
      },
    },
    { correct: true, score: 1 },
  ],
  [
    "matching half, one on a distractor, one missing",
    matching,
    { matches: { [l("pid")]: r("Process IDs"), [l("uts")]: r("The hostname"), [l("net")]: r("CPU limits") } },
    { correct: false, score: 0.5 },
  ],
  ["matching none", matching, { matches: {} }, { correct: false, score: 0 }],
  ["ordering right", ordering, { order: ["one", "two", "three", "four"].map(i) }, { correct: true, score: 1 }],
  ["ordering two swapped", ordering, { order: ["two", "one", "three", "four"].map(i) }, { correct: false, score: 0.5 }],
  ["ordering rotated", ordering, { order: ["four", "one", "two", "three"].map(i) }, { correct: false, score: 0 }],
  ["cloze all", cloze, { blanks: ["Namespaces", "control  groups", "Linux"] }, { correct: true, score: 1 }],
  [
    "cloze two of three (case-sensitive blank)",
    cloze,
    { blanks: ["namespaces", "cgroups", "linux"] },
    { correct: false, score: 2 / 3 },
  ],
  ["cloze one of three", cloze, { blanks: ["namespace", "cgroups", ""] }, { correct: false, score: 1 / 3 }],
  ["flashcard knew", q("flashcard", { back: "b" }), { knew: true }, { correct: null, score: 1, feedback: [] }],
  ["flashcard did not know", q("flashcard", { back: "b" }), { knew: false }, { correct: null, score: 0, feedback: [] }],
];

describe("gradeAnswer", () => {
  it.each(ROWS)("%s", (_name, question, answer, expected) => {
    const got = gradeAnswer(question, answer);
    expect(got.correct).toBe(expected.correct);
    expect(got.score).toBeCloseTo(expected.score, 10);
    if (expected.feedback) expect(got.feedback).toEqual(expected.feedback);
  });
});

describe("numeric grading", () => {
  const exact = q("numeric", { value: 0.3 });
  const tol = q("numeric", { value: 5.59, tolerance: 0.05, unit: "MB" });
  const range = q("numeric", { min: 10, max: 20 });
  it.each([
    ["float noise: 0.1 + 0.2 vs 0.3, tolerance 0", exact, 0.1 + 0.2, true],
    ["exact miss", exact, 0.31, false],
    ["tolerance lower edge", tol, 5.54, true],
    ["tolerance upper edge", tol, 5.64, true],
    ["just past the tolerance", tol, 5.6401, false],
    ["just below the tolerance", tol, 5.5399, false],
    ["range min edge", range, 10, true],
    ["range max edge", range, 20, true],
    ["range inside", range, 15.5, true],
    ["range below", range, 9.999, false],
    ["range above", range, 20.001, false],
  ] as [string, StoredQuestion, number, boolean][])("%s", (_n, question, value, correct) => {
    const got = gradeAnswer(question, { value });
    expect(got).toEqual({ correct, score: correct ? 1 : 0, feedback: [] });
  });
});

function badRequest(question: StoredQuestion, answer: unknown): AppError {
  try {
    gradeAnswer(question, answer);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("BAD_REQUEST");
    return err as AppError;
  }
  throw new Error("expected gradeAnswer to throw");
}

describe("answers of the wrong shape", () => {
  it.each([
    ["single: missing choice", single, {}, "answer.choice"],
    ["single: not an object", single, "containerd", "answer"],
    ["multiple: choices not an array", multiple, { choices: o("A") }, "answer.choices"],
    ["truefalse: string value", truefalse, { value: "false" }, "answer.value"],
    ["short: number", short, { text: 3 }, "answer.text"],
    ["short: extra key", short, { text: "x", hint: 1 }, "answer"],
    ["numeric: string", q("numeric", { value: 1 }), { value: "1" }, "answer.value"],
    ["numeric: NaN", q("numeric", { value: 1 }), { value: NaN }, "answer.value"],
    ["matching: array", matching, { matches: [] }, "answer.matches"],
    ["ordering: missing", ordering, null, "answer"],
    ["cloze: strings not array", cloze, { blanks: "a" }, "answer.blanks"],
    ["flashcard: number", q("flashcard", { back: "b" }), { knew: 1 }, "answer.knew"],
  ] as [string, StoredQuestion, unknown, string][])("%s → BAD_REQUEST with field %s", (_n, question, answer, field) => {
    const err = badRequest(question, answer);
    expect(err.extra.fields?.[field]?.length).toBeGreaterThan(0);
    expect(err.message).toMatch(/must look like/);
  });

  it.each([
    ["single: unknown option", single, { choice: o("podman") }, "answer.choice"],
    ["multiple: unknown option", multiple, { choices: [o("A"), o("Z")] }, "answer.choices"],
    ["matching: unknown left", matching, { matches: { [l("ipc")]: r("Process IDs") } }, "answer.matches"],
    ["matching: unknown right", matching, { matches: { [l("pid")]: r("Nope") } }, "answer.matches"],
    [
      "matching: right id used as left",
      matching,
      { matches: { [r("Process IDs")]: r("Process IDs") } },
      "answer.matches",
    ],
    ["ordering: missing item", ordering, { order: ["one", "two", "three"].map(i) }, "answer.order"],
    ["ordering: repeated item", ordering, { order: ["one", "two", "three", "three"].map(i) }, "answer.order"],
    ["ordering: foreign item", ordering, { order: ["one", "two", "three", "five"].map(i) }, "answer.order"],
    ["cloze: too few blanks", cloze, { blanks: ["namespaces", "cgroups"] }, "answer.blanks"],
    ["cloze: too many blanks", cloze, { blanks: ["a", "b", "c", "d"] }, "answer.blanks"],
  ] as [string, StoredQuestion, unknown, string][])("%s → BAD_REQUEST with field %s", (_n, question, answer, field) => {
    const err = badRequest(question, answer);
    expect(err.extra.fields?.[field]?.length).toBeGreaterThan(0);
  });

  it("treats a corrupt stored payload as a server error, not a bad request", () => {
    const broken = q("single", { options: [{ text: "A", correct: true }] });
    expect(() => gradeAnswer(broken, { choice: o("A") })).toThrow(/q-single: stored single payload is invalid/);
    try {
      gradeAnswer(broken, { choice: o("A") });
    } catch (err) {
      expect(err).not.toBeInstanceOf(AppError);
    }
  });
});

describe("normaliseText", () => {
  it.each([
    ["  Docker   Hub ", false, "docker hub"],
    ["`dockerd`.", false, "dockerd"],
    ["'docker search'", false, "docker search"],
    ["“Linux Foundation”", false, "linux foundation"],
    ["The Linux Foundation.", false, "linux foundation"],
    ["An image", false, "image"],
    ["A", false, "a"],
    ["theme", false, "theme"],
    ["runC", true, "runC"],
    ["The runC.", true, "runC"],
    ["line\n\tbreak", false, "line break"],
    ["1.4.", false, "1.4"],
  ] as [string, boolean, string][])("%j (caseSensitive %s) → %j", (input, cs, out) => {
    expect(normaliseText(input, cs)).toBe(out);
  });
});

describe("placeholders in accepted answers", () => {
  const accepted = ["docker image inspect <image>", "nsenter --target <pid> --net"];
  it.each([
    ["docker image inspect ubuntu", true],
    ["Docker image inspect ubuntu:24.04", true],
    ["`docker image inspect alpine@sha256:abc`", true],
    ["nsenter --target 4242 --net", true],
    ["docker image inspect", false],
    ["docker image inspect ubuntu alpine", false],
    ["docker image ls ubuntu", false],
    ["nsenter --target 1 --mount", false],
  ])("%s → %s", (typed, ok) => {
    expect(matchesAccepted(typed, accepted)).toBe(ok);
  });

  it("treats regex characters in the rest of the answer literally", () => {
    expect(matchesAccepted("a.b x", ["a.b <v>"])).toBe(true);
    expect(matchesAccepted("axb x", ["a.b <v>"])).toBe(false);
  });
});

describe("grading edges found by mutation testing", () => {
  it("refuses an order that lists every item and then one of them again", () => {
    const err = badRequest(ordering, { order: ["one", "two", "three", "four", "four"].map(i) });
    expect(err.extra.fields?.["answer.order"]).toEqual(["Expected each of the 4 item ids exactly once"]);
  });

  it("names the unknown ids under the answer field they came from", () => {
    expect(badRequest(single, { choice: o("podman") }).extra.fields).toEqual({
      "answer.choice": [`Unknown an option: ${o("podman")}`],
    });
    expect(badRequest(multiple, { choices: [o("A"), o("Z")] }).extra.fields).toEqual({
      "answer.choices": [`Unknown options: ${o("Z")}`],
    });
    expect(badRequest(matching, { matches: { [l("ipc")]: r("Process IDs") } }).extra.fields).toEqual({
      "answer.matches": [`Unknown left items: ${l("ipc")}`],
    });
    expect(badRequest(matching, { matches: { [l("pid")]: r("Nope") } }).extra.fields).toEqual({
      "answer.matches": [`Unknown right items: ${r("Nope")}`],
    });
  });

  it("a true/false question without feedback grades with no feedback", () => {
    expect(gradeAnswer(q("truefalse", { answer: true }), { value: true })).toEqual({
      correct: true,
      score: 1,
      feedback: [],
    });
    expect(gradeAnswer(q("truefalse", { answer: true }), { value: false })).toEqual({
      correct: false,
      score: 0,
      feedback: [],
    });
  });

  it("a matching question without distractors grades and still refuses foreign rights", () => {
    const plain = q("matching", {
      pairs: [
        { left: "pid", right: "Process IDs" },
        { left: "uts", right: "The hostname" },
      ],
    });
    expect(gradeAnswer(plain, { matches: { [l("pid")]: r("Process IDs"), [l("uts")]: r("The hostname") } }).score).toBe(
      1,
    );
    expect(gradeAnswer(plain, { matches: { [l("pid")]: r("The hostname") } }).score).toBe(0);
    expect(
      badRequest(plain, { matches: { [l("pid")]: r("CPU limits") } }).extra.fields?.["answer.matches"],
    ).toHaveLength(1);
  });
});

describe("normaliseText edges found by mutation testing", () => {
  it.each([
    ["Docker", "docker"], // case folding is the default
    ["run the container", "run the container"], // only a leading article is dropped
    ["docker .", "docker"],
    ["' docker hub '", "docker hub"],
    ["'docker", "'docker"], // an unbalanced quote is part of the answer
    ["docker'", "docker'"],
    ["it's", "it's"],
    ['""', ""],
    ["'", "'"],
  ])("%j → %j", (input, out) => {
    expect(normaliseText(input)).toBe(out);
  });

  it("a blank answer never matches, not even an accepted answer that normalises to nothing", () => {
    expect(matchesAccepted("  ", ["."])).toBe(false);
    expect(matchesAccepted(".", ['""'])).toBe(false);
  });

  it("a case-sensitive placeholder answer keeps the case of the fixed words", () => {
    expect(matchesAccepted("runC spec --rootless", ["runC spec <flag>"], true)).toBe(true);
    expect(matchesAccepted("runc spec --rootless", ["runC spec <flag>"], true)).toBe(false);
    expect(matchesAccepted("RUNC SPEC --rootless", ["runC spec <flag>"])).toBe(true);
  });
});
