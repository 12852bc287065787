import { describe, expect, it } from "vitest";
import {
  averageGrade,
  computeItemStats,
  discriminationIndex,
  facilityIndex,
  flagsFor,
  itemRestPairs,
  lapseRate,
  optionCounts,
  pearson,
  RETIRED_OPTION_ID,
  type AttemptScores,
  type StatsQuestion,
} from "@/lib/authoring/item-stats";
import { textId } from "@/lib/questions/ids";
import { MIN_ATTEMPTS_FOR_FLAGS } from "@/lib/quiz/statistics/thresholds";

// Four attempts at a three-question quiz (x, y, z). Totals: 3, 1.5, 1, 2.5.
const ATTEMPTS: AttemptScores[] = [
  { id: "a", scores: { x: 1, y: 1, z: 1 } },
  { id: "b", scores: { x: 0.5, y: 0, z: 1 } },
  { id: "c", scores: { x: 0, y: 1, z: 0 } },
  { id: "d", scores: { x: 1, y: 0.5, z: 1 } },
];

describe("facility index", () => {
  it("is the mean score as a percentage", () => {
    expect(facilityIndex([1, 0.5, 0, 1])).toBe(62.5);
    expect(facilityIndex([0, 0, 1])).toBeCloseTo(33.333, 3);
    expect(facilityIndex([])).toBeNull();
  });
});

describe("discrimination index", () => {
  it("pairs each attempt's item score with the rest of that attempt", () => {
    expect(itemRestPairs(ATTEMPTS, "x")).toEqual({ item: [1, 0.5, 0, 1], rest: [2, 1, 1, 1.5] });
  });

  it("is Pearson's r between item and rest scores, ×100 (hand-computed)", () => {
    // x: item [1, .5, 0, 1] (mean .625), rest [2, 1, 1, 1.5] (mean 1.375)
    //   dx = [.375, -.125, -.625, .375], dy = [.625, -.375, -.375, .125]
    //   Σdxdy = .234375 + .046875 + .234375 + .046875 = .5625
    //   Σdx² = .140625 + .015625 + .390625 + .140625 = .6875;  Σdy² = .390625 + .140625 + .140625 + .015625 = .6875
    //   r = .5625 / .6875 = 0.8181…
    expect(discriminationIndex(ATTEMPTS, "x")).toBeCloseTo(81.818, 3);
    // y: item [1, 0, 1, .5] (mean .625), rest [2, 1.5, 0, 2] (mean 1.375)
    //   dx = [.375, -.625, .375, -.125], dy = [.625, .125, -1.375, .625]
    //   Σdxdy = .234375 - .078125 - .515625 - .078125 = -.4375
    //   Σdx² = .6875;  Σdy² = .390625 + .015625 + 1.890625 + .390625 = 2.6875
    //   r = -.4375 / √(.6875 × 2.6875) = -.4375 / 1.35927… = -0.32186…
    expect(discriminationIndex(ATTEMPTS, "y")).toBeCloseTo(-32.186, 2);
  });

  it("is null with fewer than 2 attempts or without variance on either side", () => {
    expect(discriminationIndex([ATTEMPTS[0]], "x")).toBeNull();
    // Everyone scored 1 on z in these two: no item variance.
    expect(discriminationIndex([ATTEMPTS[0], ATTEMPTS[1]], "z")).toBeNull();
    // Rest scores equal (1 and 1): no rest variance.
    expect(
      discriminationIndex(
        [
          { id: "p", scores: { q: 1, r: 1 } },
          { id: "q", scores: { q: 0, r: 1 } },
        ],
        "q",
      ),
    ).toBeNull();
    expect(discriminationIndex(ATTEMPTS, "absent")).toBeNull();
  });

  it("only counts attempts that drew the question", () => {
    const partial = [...ATTEMPTS, { id: "e", scores: { y: 1, z: 1 } }];
    expect(itemRestPairs(partial, "x").item).toHaveLength(4);
    expect(discriminationIndex(partial, "x")).toBeCloseTo(81.818, 3);
  });

  it("pearson: perfect and inverse correlation", () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1);
    expect(pearson([1, 2], [1])).toBeNull();
  });
});

describe("reviews", () => {
  const reviews = [
    { grade: 1, before: { repetitions: 0 } }, // a new card forgotten: not a lapse
    { grade: 2, before: { repetitions: 2 } }, // lapse
    { grade: 4, before: { repetitions: 3 } },
    { grade: 5, before: { repetitions: 1 } },
    { grade: 0, before: { isNew: true } }, // no repetitions recorded → 0
  ];

  it("lapse rate: share of reviews of recalled cards (repetitions > 0 before) graded below 3", () => {
    expect(lapseRate(reviews)).toBeCloseTo(100 / 3);
    expect(lapseRate([{ grade: 0, before: { repetitions: 0 } }])).toBeNull();
    expect(lapseRate([{ grade: 3, before: { repetitions: 1 } }])).toBe(0);
    expect(
      lapseRate([
        { grade: 2, before: { repetitions: 5 } },
        { grade: 0, before: { repetitions: 1 } },
      ]),
    ).toBe(100);
  });

  it("average grade", () => {
    expect(averageGrade(reviews)).toBe(2.4);
    expect(averageGrade([])).toBeNull();
  });
});

describe("option counts", () => {
  const q: StatsQuestion = {
    id: "m",
    type: "multiple",
    prompt: "Which?",
    position: 0,
    archived: false,
    payload: {
      options: [
        { text: "runc", correct: true },
        { text: "crun", correct: true },
        { text: "dockerd", correct: false },
      ],
    },
  };

  it("counts each option once per response, and choices of edited options as retired", () => {
    const id = (t: string) => textId("o", t);
    const counts = optionCounts(q, [
      { questionId: "m", answer: { choices: [id("runc"), id("crun")] } },
      { questionId: "m", answer: { choices: [id("runc"), id("runc")] } },
      { questionId: "m", answer: { choices: [id("dockerd"), id("old text")] } },
      { questionId: "other", answer: { choices: [id("runc")] } },
    ]);
    expect(counts).toEqual([
      { id: id("runc"), text: "runc", correct: true, count: 2 },
      { id: id("crun"), text: "crun", correct: true, count: 1 },
      { id: id("dockerd"), text: "dockerd", correct: false, count: 1 },
      { id: RETIRED_OPTION_ID, text: expect.any(String), correct: false, count: 1 },
    ]);
  });

  it("single choice reads answer.choice; other types have no option counts", () => {
    const single = { ...q, type: "single" as const };
    expect(
      optionCounts(single, [{ questionId: "m", answer: { choice: textId("o", "crun") } }])?.map((o) => o.count),
    ).toEqual([0, 1, 0]);
    expect(optionCounts({ ...q, type: "short", payload: { accepted: ["x"] } }, [])).toBeNull();
  });
});

describe("flags and the whole table", () => {
  it("flags facility < 20 or > 90 and discrimination < 20", () => {
    const n = MIN_ATTEMPTS_FOR_FLAGS;
    expect(flagsFor(19.9, 50, n)).toEqual(["too-hard"]);
    expect(flagsFor(90.1, 19, n)).toEqual(["too-easy", "low-discrimination"]);
    expect(flagsFor(20, 20, n)).toEqual([]);
    expect(flagsFor(null, null, n)).toEqual([]);
  });

  it("flags nothing below the minimum number of attempts (issue #13: flagged at n = 1)", () => {
    expect(MIN_ATTEMPTS_FOR_FLAGS).toBe(30);
    expect(flagsFor(0, -50, 1)).toEqual([]);
    expect(flagsFor(0, -50, MIN_ATTEMPTS_FOR_FLAGS - 1)).toEqual([]);
    const q: StatsQuestion = { id: "x", type: "short", prompt: "x", position: 0, archived: false, payload: {} };
    const wrong = (n: number): AttemptScores[] =>
      Array.from({ length: n }, (_, i) => ({ id: `a${i}`, scores: { x: 0, y: i % 2 } }));
    const one = computeItemStats({ questions: [q], attempts: wrong(1), responses: [], reviews: [] });
    expect(one[0]).toMatchObject({ attempts: 1, facility: 0, flags: [] });
    const enough = computeItemStats({
      questions: [q],
      attempts: wrong(MIN_ATTEMPTS_FOR_FLAGS),
      responses: [],
      reviews: [],
    });
    expect(enough[0]).toMatchObject({ attempts: 30, facility: 0, flags: ["too-hard"] });
  });

  it("computeItemStats puts it together per question", () => {
    const questions: StatsQuestion[] = ["x", "y", "z"].map((id, position) => ({
      id,
      type: "short",
      prompt: id,
      position,
      archived: false,
      payload: { accepted: ["a"] },
    }));
    const stats = computeItemStats({
      questions,
      attempts: ATTEMPTS,
      responses: [],
      reviews: [
        { questionId: "y", grade: 2, before: { repetitions: 1 } },
        { questionId: "y", grade: 5, before: { repetitions: 0 } },
      ],
    });
    expect(stats.map((s) => s.questionId)).toEqual(["x", "y", "z"]);
    expect(stats[0]).toMatchObject({
      attempts: 4,
      facility: 62.5,
      reviews: 0,
      averageGrade: null,
      lapseRate: null,
      options: null,
      flags: [],
    });
    expect(stats[1]).toMatchObject({
      facility: 62.5,
      reviews: 2,
      averageGrade: 3.5,
      lapseRate: 100,
      // Discrimination −32 would flag it, but 4 attempts are too few to judge (MIN_ATTEMPTS_FOR_FLAGS).
      flags: [],
    });
    // z: item [1, 1, 0, 1] → facility 75
    expect(stats[2].facility).toBe(75);
  });
});
