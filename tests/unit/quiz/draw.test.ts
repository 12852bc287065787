import { describe, expect, it } from "vitest";
import { drawFromPools, poolMatches, type DrawCandidate } from "@/lib/quiz/draw";
import type { QuizPool } from "@/lib/quiz/pool-schemas";
import { quizPoolsSchema } from "@/lib/quiz/pool-schemas";
import { tagsSchema } from "@/lib/questions/tags";
import { seededRandom } from "@/lib/seeded-random";

const q = (id: string, tags: string[], section: string | null = null): DrawCandidate => ({ id, tags, section });
const tag = (value: string, count: number): QuizPool => ({ source: "tag", value, count });

describe("poolMatches", () => {
  it("a section pool takes the section and its subsections, not a section that merely starts with the same digits", () => {
    const pool: QuizPool = { source: "section", value: "4.3", count: 1 };
    expect(poolMatches(pool, q("a", [], "4.3"))).toBe(true);
    expect(poolMatches(pool, q("b", [], "4.3.5"))).toBe(true);
    expect(poolMatches(pool, q("c", [], "4.31"))).toBe(false);
    expect(poolMatches(pool, q("d", [], null))).toBe(false);
  });
});

describe("drawFromPools", () => {
  const deck = [
    q("n1", ["ns"]),
    q("n2", ["ns"]),
    q("n3", ["ns"]),
    q("n4", ["ns"]),
    q("c1", ["cg"]),
    q("c2", ["cg"]),
    q("b1", ["ns", "cg"]),
  ];

  it("draws exactly N from each pool, never the same question twice, for many seeds", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const r = drawFromPools([tag("ns", 3), tag("cg", 3)], deck, new Set(), seededRandom(seed));
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.ids).toHaveLength(6);
      expect(new Set(r.ids).size).toBe(6);
      expect(r.ids.slice(0, 3).every((id) => deck.find((c) => c.id === id)!.tags.includes("ns"))).toBe(true);
      expect(r.ids.slice(3).every((id) => deck.find((c) => c.id === id)!.tags.includes("cg"))).toBe(true);
    }
  });

  it("takes every unseen question before any seen one", () => {
    const seen = new Set(["n1", "n2"]);
    for (let seed = 1; seed <= 100; seed++) {
      const r = drawFromPools([tag("ns", 2)], deck, seen, seededRandom(seed));
      expect(r.ok && r.ids.every((id) => !seen.has(id))).toBe(true);
    }
    // Only 3 unseen "ns" questions (n3, n4, b1): a pool of 4 takes them all and one seen.
    const r = drawFromPools([tag("ns", 4)], deck, seen, seededRandom(7));
    expect(r.ok && r.ids.filter((id) => seen.has(id))).toHaveLength(1);
  });

  it("is random among equals: different seeds give different draws", () => {
    const draws = new Set<string>();
    for (let seed = 1; seed <= 50; seed++) {
      const r = drawFromPools([tag("ns", 2)], deck, new Set(), seededRandom(seed));
      if (r.ok) draws.add([...r.ids].sort().join());
    }
    expect(draws.size).toBeGreaterThan(5); // 10 possible pairs of 5
  });

  it("moves an earlier pool off a shared question when a later pool needs it (no greedy dead end)", () => {
    // "cg" can only be filled with c1, c2 and b1; "ns" (drawn first) must leave b1 to it, however it ranks b1.
    for (let seed = 1; seed <= 100; seed++) {
      const r = drawFromPools([tag("ns", 4), tag("cg", 3)], deck, new Set(), seededRandom(seed));
      expect(r.ok).toBe(true);
      if (r.ok) expect(new Set(r.ids).size).toBe(7);
    }
  });

  it("names the pool that cannot be filled, and how many it matches", () => {
    expect(drawFromPools([tag("cg", 4)], deck, new Set(), seededRandom(1))).toEqual({
      ok: false,
      poolIndex: 0,
      matching: 3,
    });
    // Each pool alone fits, together they need 8 of the 7 questions.
    const r = drawFromPools([tag("ns", 5), tag("cg", 3)], deck, new Set(), seededRandom(1));
    expect(r.ok).toBe(false);
    expect(drawFromPools([tag("missing", 1)], deck, new Set(), seededRandom(1))).toMatchObject({
      ok: false,
      matching: 0,
    });
  });
});

describe("pool and tag schemas", () => {
  it("normalises tags to lower-case slugs, drops duplicates and names a bad one by its index", () => {
    expect(tagsSchema.parse([" Kernel Namespaces ", "kernel_namespaces", "OCI"])).toEqual(["kernel-namespaces", "oci"]);
    const bad = tagsSchema.safeParse(["ok", "c++"]);
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0].path).toEqual([1]);
  });

  it("refuses a pool drawing twice from the same tag, a bad section and more than 100 questions in all", () => {
    expect(quizPoolsSchema.safeParse([tag("ns", 1), tag("NS", 2)]).success).toBe(false);
    expect(quizPoolsSchema.safeParse([{ source: "section", value: "four", count: 1 }]).success).toBe(false);
    expect(quizPoolsSchema.safeParse([tag("a", 60), tag("b", 41)]).success).toBe(false);
    expect(quizPoolsSchema.safeParse([{ source: "deck", value: "x", count: 1 }]).success).toBe(false);
    expect(quizPoolsSchema.parse([{ source: "tag", value: "Name Spaces", count: 2 }])).toEqual([tag("name-spaces", 2)]);
  });
});
