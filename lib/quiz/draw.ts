import type { QuizPool } from "./pool-schemas";

/**
 * The pure part of drawing an attempt's questions from pools: which candidates a pool takes,
 * and an assignment of questions to each pool's N slots with no question twice, unseen first.
 */
export interface DrawCandidate {
  id: string;
  tags: string[];
  section: string | null;
}

export function poolMatches(pool: QuizPool, q: DrawCandidate): boolean {
  if (pool.source === "tag") return q.tags.includes(pool.value);
  return q.section === pool.value || (q.section?.startsWith(`${pool.value}.`) ?? false);
}

export type DrawResult =
  | { ok: true; ids: string[] }
  /** Pool `poolIndex` could not be filled: it matches `matching` candidates in all, fewer than needed or shared with other pools. */
  | { ok: false; poolIndex: number; matching: number };

/**
 * Draws pool by pool. Every candidate gets one random rank from `rng`; each pool prefers the
 * questions not in `seen` (those the learner had in earlier attempts), then lower rank. When a
 * pool's own candidates are all taken by earlier pools, an augmenting path moves an earlier
 * pool to another of its questions (bipartite matching), so a draw fails only when no
 * assignment exists at all; that makes this the save-time check too.
 */
export function drawFromPools(
  pools: QuizPool[],
  candidates: DrawCandidate[],
  seen: ReadonlySet<string>,
  rng: () => number,
): DrawResult {
  const rank = new Map(candidates.map((c) => [c.id, rng()]));
  const score = (id: string) => (seen.has(id) ? 1 : 0) + rank.get(id)!; // unseen (0..1) before seen (1..2)
  const prefs = pools.map((p) =>
    candidates
      .filter((c) => poolMatches(p, c))
      .map((c) => c.id)
      .sort((a, b) => score(a) - score(b)),
  );
  const slotPool = pools.flatMap((p, i) => Array.from({ length: p.count }, () => i));
  const slotOf = new Map<string, number>(); // question → slot holding it
  const held: (string | undefined)[] = slotPool.map(() => undefined);

  const take = (slot: number, id: string) => {
    slotOf.set(id, slot);
    held[slot] = id;
  };
  const augment = (slot: number, visited: Set<string>): boolean => {
    for (const id of prefs[slotPool[slot]]) {
      if (visited.has(id)) continue;
      visited.add(id);
      const owner = slotOf.get(id);
      if (owner === undefined || augment(owner, visited)) {
        take(slot, id);
        return true;
      }
    }
    return false;
  };

  for (let slot = 0; slot < slotPool.length; slot++) {
    // Prefer a free question in preference order; displace an earlier pool only when none is left.
    const free = prefs[slotPool[slot]].find((id) => !slotOf.has(id));
    if (free !== undefined) take(slot, free);
    else if (!augment(slot, new Set())) {
      return { ok: false, poolIndex: slotPool[slot], matching: prefs[slotPool[slot]].length };
    }
  }
  return { ok: true, ids: held as string[] };
}
