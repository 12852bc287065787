/** What a quiz's pools may name and how many (see lib/quiz/pool-schemas.ts); no zod, so the quiz form can import it. */
export const POOL_SOURCES = ["tag", "section"] as const;
export type PoolSource = (typeof POOL_SOURCES)[number];
export const MAX_POOLS = 10;
export const MAX_DRAWN = 100;
