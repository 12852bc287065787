import "server-only";
import { db } from "@/lib/db/client";
import type { PoolSuggestions } from "./pool-schemas";

/** The tags and sections on each deck's live questions, offered as pool values in the new-quiz form. */
export async function listPoolSuggestions(deckIds: string[]): Promise<Record<string, PoolSuggestions>> {
  if (!deckIds.length) return {};
  const [tags, sections] = await Promise.all([
    db.$queryRaw<{ deckId: string; value: string }[]>`
      SELECT DISTINCT q."deckId", t AS value FROM "Question" q, unnest(q.tags) AS t
      WHERE q."deckId" = ANY(${deckIds}::text[]) AND q."archivedAt" IS NULL ORDER BY value`,
    db.question.findMany({
      where: { deckId: { in: deckIds }, archivedAt: null, section: { not: null } },
      select: { deckId: true, section: true },
      distinct: ["deckId", "section"],
      orderBy: { section: "asc" },
    }),
  ]);
  const out: Record<string, PoolSuggestions> = Object.fromEntries(
    deckIds.map((id) => [id, { tags: [], sections: [] }]),
  );
  for (const t of tags) out[t.deckId].tags.push(t.value);
  // A section pool takes its subsections too, so 4.3 is offered wherever 4.3.5 is used.
  const bySection = new Map<string, Set<string>>();
  for (const s of sections) {
    const parts = s.section!.split(".");
    const set = bySection.get(s.deckId) ?? new Set<string>();
    for (let n = 1; n <= parts.length; n++) set.add(parts.slice(0, n).join("."));
    bySection.set(s.deckId, set);
  }
  for (const [deckId, set] of bySection)
    out[deckId].sections = [...set].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  return out;
}
