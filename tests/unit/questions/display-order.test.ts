import { describe, expect, it } from "vitest";
import { displayRng, displaySeed, rngFromSeed } from "@/lib/questions/display-order";
import { textId } from "@/lib/questions/ids";
import { choiceOrder, toPublicQuestion, toSolution } from "@/lib/questions/redact";
import type { StoredQuestion } from "@/lib/questions/types";

// A fixed key keeps the statistics below reproducible run to run.
process.env.DISPLAY_ORDER_SECRET = "unit-test-display-order-secret";

const base = { prompt: "P", explanation: "E", section: null };
const ordering = (items: string[]): StoredQuestion => ({
  ...base,
  id: "q-order",
  type: "ordering",
  payload: { items },
});
const matching = (pairs: [string, string][], distractors?: string[]): StoredQuestion => ({
  ...base,
  id: "q-match",
  type: "matching",
  payload: { pairs: pairs.map(([left, right]) => ({ left, right })), ...(distractors ? { distractors } : {}) },
});
const single = (texts: string[], right: number): StoredQuestion => ({
  ...base,
  id: "q-single",
  type: "single",
  payload: { options: texts.map((text, i) => ({ text, correct: i === right })) },
});

/** The displayed list as texts, for one learner's view of one question. */
function shown(q: StoredQuestion, userId: string, attemptId?: string): string[] {
  const v = toPublicQuestion(q, { shuffle: true, rng: displayRng({ userId, questionId: q.id, attemptId }) }).view;
  if (v.type === "ordering") return v.items.map((c) => c.text);
  if (v.type === "matching") return v.rights.map((c) => c.text);
  if (v.type === "single" || v.type === "multiple") return v.options.map((c) => c.text);
  return [];
}

function tally(keys: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

/** Pearson's chi-square statistic of observed counts against equal expected counts over `cells`. */
function chiSquare(counts: Map<string, number>, cells: number, n: number): number {
  const expected = n / cells;
  let x2 = (cells - counts.size) * expected; // cells never seen
  for (const c of counts.values()) x2 += (c - expected) ** 2 / expected;
  return x2;
}
// Critical values at p = 0.001: df 5 → 20.52, df 1 → 10.83.
const CHI2_DF5 = 20.52;
const CHI2_DF1 = 10.83;
const N = 6000;
const learners = Array.from({ length: N }, (_, i) => `learner-${i}`);

describe("display order is uniform over all permutations", () => {
  it("a 3-item ordering shows each of its 6 orders, the solved one included, about equally often", () => {
    const q = ordering(["first", "second", "third"]);
    const counts = tally(learners.map((u) => shown(q, u).join(">")));
    expect(counts.size).toBe(6);
    expect(counts.get("first>second>third")).toBeGreaterThan(N / 6 / 2);
    expect(chiSquare(counts, 6, N)).toBeLessThan(CHI2_DF5);
  });

  it("a 2-pair matching lines its rights up with their lefts about half the time", () => {
    const q = matching([
      ["namespaces", "isolation"],
      ["cgroups", "limits"],
    ]);
    const counts = tally(learners.map((u) => shown(q, u).join(",")));
    expect([...counts.keys()].sort()).toEqual(["isolation,limits", "limits,isolation"]);
    const aligned = counts.get("isolation,limits")!;
    expect(aligned / N).toBeGreaterThan(0.45);
    expect(aligned / N).toBeLessThan(0.55);
    expect(chiSquare(counts, 2, N)).toBeLessThan(CHI2_DF1);
  });

  it("matching rights with a distractor: all 6 layouts, uniform; the distractor is not always last", () => {
    const q = matching(
      [
        ["a", "A"],
        ["b", "B"],
      ],
      ["X"],
    );
    const counts = tally(learners.map((u) => shown(q, u).join(",")));
    expect(counts.size).toBe(6);
    expect(chiSquare(counts, 6, N)).toBeLessThan(CHI2_DF5);
  });

  it("single-choice options: the right one is in each of 3 places about a third of the time", () => {
    const q = single(["right", "wrong 1", "wrong 2"], 0);
    const counts = tally(learners.map((u) => String(shown(q, u).indexOf("right"))));
    expect(counts.size).toBe(3);
    expect(chiSquare(counts, 3, N)).toBeLessThan(13.82); // df 2, p = 0.001
  });

  it("the PRNG stream itself is uniform (deciles of 60 000 draws)", () => {
    const rng = rngFromSeed(displaySeed({ userId: "u", questionId: "q" }));
    const counts = tally(Array.from({ length: 60_000 }, () => String(Math.floor(rng() * 10))));
    expect(chiSquare(counts, 10, 60_000)).toBeLessThan(27.88); // df 9, p = 0.001
  });
});

describe("display order is stable per learner and question, and per attempt in quizzes", () => {
  const q = ordering(["one", "two", "three", "four", "five"]);

  it("the same learner and question always get the same order", () => {
    for (const u of learners.slice(0, 50)) expect(shown(q, u)).toEqual(shown(q, u));
    expect(shown(q, "learner-1", "attempt-1")).toEqual(shown(q, "learner-1", "attempt-1"));
  });

  it("a new attempt gets an order independent of the last one (same order about 1 time in n!)", () => {
    const q3 = ordering(["a", "b", "c"]);
    const same = learners.filter((u) => shown(q3, u, "attempt-1").join() === shown(q3, u, "attempt-2").join()).length;
    // Independent draws agree with probability 1/6; a reused seed would agree every time.
    expect(same / N).toBeGreaterThan(0.13);
    expect(same / N).toBeLessThan(0.2);
  });

  it("different learners and different questions get different orders", () => {
    const other: StoredQuestion = { ...q, id: "q-other" };
    const distinct = new Set(learners.slice(0, 200).map((u) => shown(q, u).join()));
    expect(distinct.size).toBeGreaterThan(50);
    const differs = learners.slice(0, 200).filter((u) => shown(q, u).join() !== shown(other, u).join()).length;
    expect(differs).toBeGreaterThan(150);
  });
});

describe("display order never depends on the key", () => {
  const items = ["alpha", "bravo", "charlie", "delta"];
  const perms = (xs: string[]): string[][] =>
    xs.length <= 1 ? [xs] : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));

  it("an ordering authored in any of its 24 orders (24 different keys) is shown identically for a given seed", () => {
    for (const u of learners.slice(0, 20)) {
      const views = perms(items).map((authored) => shown(ordering(authored), u).join());
      expect(new Set(views).size).toBe(1);
    }
  });

  it("so the distribution of the key's position is the same whichever order is the key", () => {
    // Where the key's first item lands: uniform over the 4 places for every authored order.
    for (const authored of [items, [...items].reverse()]) {
      const q = ordering(authored);
      const counts = tally(learners.map((u) => String(shown(q, u).indexOf(authored[0]))));
      expect(chiSquare(counts, 4, N)).toBeLessThan(16.27); // df 3, p = 0.001
    }
  });

  it("moving the right answer to another option does not move any option", () => {
    const texts = ["one", "two", "three", "four"];
    for (const u of learners.slice(0, 20)) {
      const views = texts.map((_, right) => shown(single(texts, right), u).join());
      expect(new Set(views).size).toBe(1);
      const correct = texts.map((_, right) => toSolution(single(texts, right)));
      expect(new Set(correct.map((s) => (s.type === "single" ? s.correct : ""))).size).toBe(4);
    }
  });

  it("swapping which right goes with which left (a different key) does not move the rights", () => {
    for (const u of learners.slice(0, 20)) {
      const a = shown(
        matching(
          [
            ["L1", "R1"],
            ["L2", "R2"],
            ["L3", "R3"],
          ],
          ["X"],
        ),
        u,
      );
      const b = shown(
        matching(
          [
            ["L1", "R3"],
            ["L2", "R1"],
            ["L3", "R2"],
          ],
          ["X"],
        ),
        u,
      );
      expect(a).toEqual(b);
    }
  });

  it("a snapshot in the solved order is reproduced as it was drawn, not rearranged", () => {
    const q = ordering(["1", "2", "3"]);
    const solved = ["1", "2", "3"].map((t) => textId("i", t));
    expect(choiceOrder(toPublicQuestion(q, { order: { items: solved } }).view).items).toEqual(solved);
  });
});

describe("the display PRNG stays in [0, 1)", () => {
  it("every draw of a long stream (many hash blocks) is in range, so no shuffle index falls outside the list", () => {
    const rng = rngFromSeed(displaySeed({ userId: "u", questionId: "range" }));
    const draws = Array.from({ length: 20_000 }, rng);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
  });
});

describe("the display PRNG is a fixed function of its seed", () => {
  it("gives these draws for this seed, so a release does not reshuffle what learners already see", () => {
    // 53 bits from each 7 bytes of SHA-256(seed ‖ counter), four draws per block, then the next counter.
    const rng = rngFromSeed(Buffer.alloc(32, 7));
    expect(Array.from({ length: 6 }, rng)).toEqual([
      0.8090263739359909, 0.4168798750282, 0.9971707011740404, 0.01883958292781618, 0.235125224789545,
      0.9499694696155452,
    ]);
  });
});
