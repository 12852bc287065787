/**
 * Validates every curriculum deck file: schema, ids, sections, counts per type.
 * `npx tsx scripts/check-curriculum.ts` — exits 1 and names each problem.
 */
import { loadCurriculum, curriculumProblems } from "@/lib/decks/curriculum";

const { decks, errors } = loadCurriculum();
const problems = [...errors, ...curriculumProblems(decks)];
for (const deck of decks) {
  const counts: Record<string, number> = {};
  for (const q of deck.questions) counts[q.type] = (counts[q.type] ?? 0) + 1;
  console.log(`${deck.slug}: ${deck.questions.length} questions`, JSON.stringify(counts));
}
if (problems.length) {
  for (const p of problems) console.error("✗ " + p);
  process.exit(1);
}
console.log("curriculum ok");
