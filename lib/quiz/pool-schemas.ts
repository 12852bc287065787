import { z } from "zod";
import { tagSchema } from "@/lib/questions/tags";
import { MAX_DRAWN, MAX_POOLS } from "./pool-limits";

/**
 * A quiz's question pools. Each pool names a tag or a section of the quiz's deck and how many
 * questions an attempt draws from it; a question is drawn at most once across pools. A quiz
 * with no pools draws questionCount from the whole deck, as quizzes always did. No server
 * imports: the quiz form, the API contract and the services share it.
 */
export { MAX_DRAWN, MAX_POOLS, POOL_SOURCES, type PoolSource } from "./pool-limits";

const count = z
  .number({ error: "count must be a whole number" })
  .int("count must be a whole number")
  .min(1, "Draw at least 1 question from a pool")
  .max(MAX_DRAWN, `Draw at most ${MAX_DRAWN} questions from a pool`);

const tagPool = z.object({ source: z.literal("tag"), value: tagSchema, count }).strict();
const sectionPool = z
  .object({
    source: z.literal("section"),
    value: z
      .string({ error: "A section must be text" })
      .trim()
      .max(20, "A section must be at most 20 characters")
      .regex(/^\d+(\.\d+)*$/, "A section must look like 4.3 (it takes 4.3 and every 4.3.x)"),
    count,
  })
  .strict();

export const quizPoolSchema = z
  .discriminatedUnion("source", [tagPool, sectionPool], { error: "source must be tag or section" })
  .meta({
    id: "QuizPool",
    description: "Draw `count` questions tagged `value` (source tag) or in section `value` and its subsections",
  });
export type QuizPool = z.infer<typeof quizPoolSchema>;

export const quizPoolsSchema = z
  .array(quizPoolSchema, { error: "pools must be a list" })
  .max(MAX_POOLS, `At most ${MAX_POOLS} pools`)
  .superRefine((pools, ctx) => {
    const seen = new Map<string, number>();
    pools.forEach((p, i) => {
      const key = `${p.source}:${p.value}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else
        ctx.addIssue({
          code: "custom",
          path: [i, "value"],
          message: `Pool ${first + 1} already draws this ${p.source}`,
        });
    });
    const total = pools.reduce((n, p) => n + p.count, 0);
    if (total > MAX_DRAWN)
      ctx.addIssue({
        code: "custom",
        path: [],
        message: `The pools draw ${total} questions; at most ${MAX_DRAWN} in all`,
      });
  });

/** Pools as stored on Quiz.pools (written only through quizPoolsSchema); anything else reads as none. */
export function readPools(stored: unknown): QuizPool[] {
  const parsed = quizPoolsSchema.safeParse(stored);
  return parsed.success ? parsed.data : [];
}

/** Values the quiz form offers for a deck's pools. */
export interface PoolSuggestions {
  tags: string[];
  sections: string[];
}

export function poolLabel(p: QuizPool): string {
  return p.source === "tag" ? `tag “${p.value}”` : `section ${p.value}`;
}
