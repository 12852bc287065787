/**
 * Validates every curriculum deck file: schema, ids, sections, key hygiene; prints the
 * counts per deck, type and kind. `npx tsx scripts/check-curriculum.ts` — exits 1 and
 * names each problem.
 */
import { loadCurriculum, curriculumProblems } from "@/lib/decks/curriculum";
import { deckHygiene, hygieneProblems } from "@/lib/decks/curriculum-hygiene";

const { decks, errors } = loadCurriculum();
const problems = [...errors, ...curriculumProblems(decks), ...decks.flatMap(hygieneProblems)];
const tally = (items: string[]) =>
  Object.fromEntries([...new Set(items)].sort().map((k) => [k, items.filter((i) => i === k).length]));
for (const deck of decks) {
  const h = deckHygiene(deck);
  console.log(`${deck.slug} (${deck.chapter}): ${deck.questions.length} questions`);
  console.log(`  by type: ${JSON.stringify(tally(deck.questions.map((q) => q.type)))}`);
  console.log(`  by kind: ${JSON.stringify(tally(deck.questions.map((q) => q.kind)))}`);
  console.log(
    `  hygiene: right first ${h.rightFirst}/${h.single} single, longest right ${h.longestRight}/${h.single}, right-before-wrong ${h.rightBeforeWrong}/${h.multiple} multiple, true ${h.trueCount}/${h.truefalse}, "the chapter" prompts ${h.chapterPrompts}`,
  );
}
const all = decks.flatMap((d) => d.questions);
console.log(`all: ${decks.length} decks, ${all.length} questions`);
console.log(`  by type: ${JSON.stringify(tally(all.map((q) => q.type)))}`);
console.log(`  by kind: ${JSON.stringify(tally(all.map((q) => q.kind)))}`);
if (problems.length) {
  for (const p of problems) console.error("✗ " + p);
  process.exit(1);
}
console.log("curriculum ok");
