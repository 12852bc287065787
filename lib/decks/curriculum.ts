import fs from "node:fs";
import path from "node:path";
import { curriculumDeckSchema, type CurriculumDeck } from "./curriculum-schema";
import { sectionTitle } from "./sections";

export const CURRICULUM_DIR = path.join(process.cwd(), "prisma", "curriculum");

/** Reads and validates every `*.deck.json` in prisma/curriculum; schema errors name file and path. */
export function loadCurriculum(dir = CURRICULUM_DIR): { decks: CurriculumDeck[]; errors: string[] } {
  const decks: CurriculumDeck[] = [];
  const errors: string[] = [];
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".deck.json"))
    .sort()) {
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
    } catch (err) {
      errors.push(`${file}: not valid JSON (${(err as Error).message})`);
      continue;
    }
    const parsed = curriculumDeckSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const where = issue.path
          .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
          .join("")
          .replace(/^\./, "");
        const q =
          issue.path[0] === "questions" ? (raw as Partial<CurriculumDeck>).questions?.[issue.path[1] as number] : null;
        errors.push(`${file}: ${q?.id ? `question ${q.id}: ` : ""}${where}: ${issue.message}`);
      }
      continue;
    }
    decks.push(parsed.data);
  }
  return { decks, errors };
}

/** Content rules of the curriculum beyond each question's schema. */
export function curriculumProblems(decks: CurriculumDeck[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const prompts = new Set<string>();
  const typeTotals: Record<string, number> = {};
  for (const deck of decks) {
    if (deck.questions.length < 30) problems.push(`${deck.slug}: has ${deck.questions.length} questions, needs 30`);
    const singles = deck.questions.filter((q) => q.type === "single").length;
    if (singles * 2 > deck.questions.length) problems.push(`${deck.slug}: single choice is more than half the deck`);
    for (const q of deck.questions) {
      typeTotals[q.type] = (typeTotals[q.type] ?? 0) + 1;
      if (ids.has(q.id)) problems.push(`${q.id}: duplicate id`);
      ids.add(q.id);
      const norm = q.prompt.toLowerCase().replace(/\s+/g, " ").trim();
      if (prompts.has(norm)) problems.push(`${q.id}: duplicate prompt`);
      prompts.add(norm);
      if (!sectionTitle(q.section)) problems.push(`${q.id}: cites unknown section ${q.section}`);
      if (!q.section.startsWith(deck.chapter))
        problems.push(`${q.id}: section ${q.section} is outside chapter ${deck.chapter}`);
      // Past the chapter there is no book to lean on: every fact names its upstream source.
      if (!deck.chapter.startsWith("4") && !q.source)
        problems.push(`${q.id}: questions past the chapter cite an upstream source`);
    }
  }
  return problems.concat(
    Object.entries(typeTotals)
      .filter(([, n]) => n < 3)
      .map(([t, n]) => `type ${t} is used ${n} times across the curriculum, needs 3`),
  );
}
