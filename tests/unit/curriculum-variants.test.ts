import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCurriculum } from "@/lib/decks/curriculum";
import { matchesAccepted } from "@/lib/questions/normalise";

/**
 * Answers a knowing learner would type, per deck, written by the question's author:
 * tests/fixtures/curriculum-variants/<deck-slug>.json — { accept: { id: [...] }, reject: { id: [...] } }.
 * A short answer's entry is a list of typed strings; a cloze's is a list of full sets (one string per blank).
 */
type Variants = { accept: Record<string, (string | string[])[]>; reject: Record<string, (string | string[])[]> };
const DIR = path.join(import.meta.dirname, "..", "fixtures", "curriculum-variants");
const { decks } = loadCurriculum();

function variantsOf(slug: string): Variants {
  const file = path.join(DIR, `${slug}.json`);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Variants) : { accept: {}, reject: {} };
}

type Typed = { id: string; accepts: (typed: string | string[]) => boolean };

type Entry = { slug: string; q: Typed; type: "short" | "cloze" };

function typedQuestions(): Entry[] {
  return decks.flatMap((d) =>
    d.questions.flatMap((q): Entry[] => {
      if (q.type === "short") {
        const p = q.payload;
        return [
          {
            slug: d.slug,
            type: "short" as const,
            q: {
              id: q.id,
              accepts: (t: string | string[]) =>
                typeof t === "string" && matchesAccepted(t, p.accepted, p.caseSensitive),
            },
          },
        ];
      }
      if (q.type === "cloze") {
        const p = q.payload;
        const accepts = (t: string | string[]) =>
          Array.isArray(t) &&
          t.length === p.blanks.length &&
          p.blanks.every((b, i) => matchesAccepted(t[i], b.accepted, b.caseSensitive));
        return [{ slug: d.slug, type: "cloze" as const, q: { id: q.id, accepts } }];
      }
      return [];
    }),
  );
}

describe("accepted answers a knowing learner would type", () => {
  const all = typedQuestions();

  it("every short and cloze question lists variants to accept and a wrong answer to refuse", () => {
    const missing = all.filter(({ slug, q, type }) => {
      const v = variantsOf(slug);
      return (v.accept[q.id]?.length ?? 0) < (type === "short" ? 3 : 2) || (v.reject[q.id]?.length ?? 0) < 1;
    });
    expect(missing.map(({ q }) => q.id)).toEqual([]);
  });

  it.each(all.map(({ slug, q }) => [q.id, slug, q] as const))(
    "%s accepts every listed variant and refuses the wrong ones",
    (_id, slug, q) => {
      const v = variantsOf(slug);
      for (const typed of v.accept[q.id] ?? [])
        expect(q.accepts(typed), `${q.id} should accept ${JSON.stringify(typed)}`).toBe(true);
      for (const typed of v.reject[q.id] ?? [])
        expect(q.accepts(typed), `${q.id} should refuse ${JSON.stringify(typed)}`).toBe(false);
    },
  );

  it("lists no variants for questions that do not exist (a renamed id would go unchecked)", () => {
    const ids = new Set(all.map(({ q }) => q.id));
    const stray = fs
      .readdirSync(DIR)
      .filter((f) => f.endsWith(".json"))
      .flatMap((f) => {
        const v = JSON.parse(fs.readFileSync(path.join(DIR, f), "utf8")) as Variants;
        return [...Object.keys(v.accept), ...Object.keys(v.reject)]
          .filter((id) => !ids.has(id))
          .map((id) => `${f}: ${id}`);
      });
    expect(stray).toEqual([]);
  });
});
