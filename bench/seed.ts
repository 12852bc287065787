import pg from "pg";

/**
 * Bench data, generated inside Postgres: 1,000 learners, each studying one deck of 1,000
 * cards, with a review state per card and about a year of review history (≈1M log rows).
 * Idempotent: skipped when the bench deck already exists.
 */
export const BENCH = { learners: 1000, cards: 1000, logsPerLearner: 1000 } as const;
export const BENCH_PASSWORD = "bench-password-2026";

export async function seedBench(url: string, passwordHash: string, log: (m: string) => void): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rowCount } = await client.query(`SELECT 1 FROM "Deck" WHERE slug = 'bench-deck'`);
    if (rowCount) {
      log("bench data already seeded");
      return;
    }
    const t0 = Date.now();
    await client.query("BEGIN");
    await client.query(`INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt")
      VALUES ('bench-owner', 'bench-owner@bench.local', 'Bench owner', 'INSTRUCTOR', NULL, now())`);
    await client.query(`INSERT INTO "Deck" (id, slug, title, description, chapter, "ownerId", status, "updatedAt")
      VALUES ('bench-deck', 'bench-deck', 'Bench deck', 'Generated for npm run bench', '9.9', 'bench-owner', 'PUBLISHED', now())`);
    await client.query(
      `INSERT INTO "Question" (id, "deckId", type, prompt, explanation, payload, section, position, "updatedAt")
       SELECT 'bq-' || i, 'bench-deck', 'single', 'Bench question ' || i || ': which one is right?', 'Because it is.',
              jsonb_build_object('options', jsonb_build_array(
                jsonb_build_object('text', 'right ' || i, 'correct', true),
                jsonb_build_object('text', 'wrong ' || i, 'correct', false),
                jsonb_build_object('text', 'also wrong ' || i, 'correct', false))),
              '9.9', i, now()
       FROM generate_series(1, $1::int) i`,
      [BENCH.cards],
    );
    await client.query(
      `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt")
       SELECT 'bl-' || i, 'bench-' || i || '@bench.local', 'Bench learner ' || i, 'LEARNER', $2, now()
       FROM generate_series(1, $1::int) i`,
      [BENCH.learners, passwordHash],
    );
    await client.query(
      `INSERT INTO "DeckEnrollment" ("userId", "deckId") SELECT 'bl-' || i, 'bench-deck' FROM generate_series(1, $1::int) i`,
      [BENCH.learners],
    );
    await client.query("COMMIT");
    log(`users, deck and ${BENCH.cards} questions in ${Date.now() - t0} ms`);

    // One state per learner × card: a third due (some overdue), the rest spread over 60 days.
    let t = Date.now();
    await client.query(
      `INSERT INTO "ReviewState" (id, "userId", "questionId", repetitions, "easinessE4", "intervalDays", "dueAt", lapses, "reviewCount", "lastReviewedAt", version, "updatedAt")
       SELECT 'rs-' || u || '-' || q, 'bl-' || u, 'bq-' || q,
              1 + (u * 7 + q) % 8, 13000 + ((u * 31 + q * 17) % 15000), 1 + (q % 90),
              date_trunc('day', now()) + (((u + q * 13) % 90) - 30) * interval '1 day' + interval '4 hours',
              (u + q) % 3, 1 + (u + q) % 12, now() - ((u + q) % 30) * interval '1 day', 1, now()
       FROM generate_series(1, $1::int) u, generate_series(1, $2::int) q`,
      [BENCH.learners, BENCH.cards],
    );
    log(`${BENCH.learners * BENCH.cards} review states in ${Date.now() - t} ms`);

    t = Date.now();
    await client.query(
      `INSERT INTO "ReviewLog" ("userId", "questionId", "clientRequestId", grade, correct, drill, before, after, "durationMs", "reviewedAt")
       SELECT 'bl-' || u, 'bq-' || (1 + (u * 13 + n * 7) % $2::int), 'seed-' || u || '-' || n,
              (u + n) % 6, ((u + n) % 6) >= 3, false,
              '{"isNew":false,"repetitions":1,"easinessE4":25000,"intervalDays":1,"lapses":0,"reviewCount":1,"version":1}'::jsonb,
              '{"isNew":false,"repetitions":2,"easinessE4":25000,"intervalDays":6,"lapses":0,"reviewCount":2,"version":2}'::jsonb,
              4000 + (n % 9000), now() - interval '366 days' + (n * 365.0 / $3::int) * interval '1 day' + (u % 600) * interval '1 minute'
       FROM generate_series(1, $1::int) u, generate_series(1, $3::int) n`,
      [BENCH.learners, BENCH.cards, BENCH.logsPerLearner],
    );
    log(`${BENCH.learners * BENCH.logsPerLearner} review log rows in ${Date.now() - t} ms`);
    await client.query(`ANALYZE`);
  } finally {
    await client.end();
  }
}

/** A cohort of learners added on top of the base data (bench/scale.ts): each studies `states` cards of the bench deck with `logs` review-log rows. */
export interface Cohort {
  from: number;
  to: number;
  states: number;
  logs: number;
}

/** Learner `u`'s `k`-th card (k from 1) in a cohort: consecutive cards from a learner-dependent start, so distinct for k ≤ the deck's size. */
export function cohortCard(u: number, k: number): string {
  return `bq-${1 + ((u * 7 + k) % BENCH.cards)}`;
}

/**
 * Adds learners `from`..`to` (ids `bl-<n>`, the base data's naming and password, enrolled in
 * the bench deck), their review states and their review log, generated inside Postgres with
 * INSERT … SELECT. The two big tables' indexes are dropped for the load and rebuilt after it
 * (one sort each instead of a B-tree insert per row), and foreign-key triggers are skipped
 * (`session_replication_role = replica`: every row references a user and question made here or
 * by seedBench). Returns the milliseconds of each step.
 */
export async function growBench(
  url: string,
  c: Cohort,
  passwordHash: string,
  log: (m: string) => void,
): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const ms: Record<string, number> = {};
  const step = async (name: string, sql: string, params: unknown[] = []) => {
    const t = Date.now();
    await client.query(sql, params);
    ms[name] = Date.now() - t;
    log(`  ${name}: ${ms[name]} ms`);
  };
  try {
    await client.query(
      `SET session_replication_role = replica; SET maintenance_work_mem = '512MB'; SET synchronous_commit = off`,
    );
    const { rows: indexes } = await client.query<{ def: string; name: string; pkey: boolean; table: string }>(
      `SELECT pg_get_indexdef(i.indexrelid) AS def, ic.relname AS name, i.indisprimary AS pkey, t.relname AS table
       FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
       WHERE t.relname IN ('ReviewLog', 'ReviewState') AND t.relnamespace = 'public'::regnamespace`,
    );
    await client.query("BEGIN");
    for (const ix of indexes)
      await client.query(
        ix.pkey ? `ALTER TABLE "${ix.table}" DROP CONSTRAINT "${ix.name}"` : `DROP INDEX "${ix.name}"`,
      );
    const range = [c.from, c.to];
    await step(
      "users + enrollments",
      `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt")
       SELECT 'bl-' || i, 'bench-' || i || '@bench.local', 'Bench learner ' || i, 'LEARNER', $3, now()
       FROM generate_series($1::int, $2::int) i`,
      [...range, passwordHash],
    );
    await client.query(
      `INSERT INTO "DeckEnrollment" ("userId", "deckId") SELECT 'bl-' || i, 'bench-deck' FROM generate_series($1::int, $2::int) i`,
      range,
    );
    // The same shape as seedBench's states (a third due, some overdue), on each learner's own cards.
    await step(
      `review states (${(c.to - c.from + 1) * c.states})`,
      `INSERT INTO "ReviewState" (id, "userId", "questionId", repetitions, "easinessE4", "intervalDays", "dueAt", lapses, "reviewCount", "lastReviewedAt", version, "updatedAt")
       SELECT 'rs-' || u || '-' || q, 'bl-' || u, 'bq-' || q,
              1 + (u * 7 + q) % 8, 13000 + ((u * 31 + q * 17) % 15000), 1 + (q % 90),
              date_trunc('day', now()) + (((u + q * 13) % 90) - 30) * interval '1 day' + interval '4 hours',
              (u + q) % 3, 1 + (u + q) % 12, now() - ((u + q) % 30) * interval '1 day', 1, now()
       FROM generate_series($1::int, $2::int) u, generate_series(1, $3::int) k, LATERAL (SELECT 1 + (u * 7 + k) % $4::int AS q) c`,
      [...range, c.states, BENCH.cards],
    );
    await step(
      `review log (${(c.to - c.from + 1) * c.logs})`,
      `INSERT INTO "ReviewLog" ("userId", "questionId", "clientRequestId", grade, correct, drill, before, after, "durationMs", "reviewedAt")
       SELECT 'bl-' || u, 'bq-' || (1 + (u * 7 + 1 + n % $3::int) % $5::int), 'seed-' || u || '-' || n,
              (u + n) % 6, ((u + n) % 6) >= 3, false,
              '{"isNew":false,"repetitions":1,"easinessE4":25000,"intervalDays":1,"lapses":0,"reviewCount":1,"version":1}'::jsonb,
              '{"isNew":false,"repetitions":2,"easinessE4":25000,"intervalDays":6,"lapses":0,"reviewCount":2,"version":2}'::jsonb,
              4000 + (n % 9000), now() - interval '366 days' + (n * 365.0 / $4::int) * interval '1 day' + (u % 600) * interval '1 minute'
       FROM generate_series($1::int, $2::int) u, generate_series(1, $4::int) n`,
      [...range, c.states, c.logs, BENCH.cards],
    );
    const t = Date.now();
    for (const ix of indexes) {
      await client.query(ix.def);
      if (ix.pkey)
        await client.query(
          `ALTER TABLE "${ix.table}" ADD CONSTRAINT "${ix.name}" PRIMARY KEY USING INDEX "${ix.name}"`,
        );
    }
    ms["indexes rebuilt"] = Date.now() - t;
    await client.query("COMMIT");
    log(`  indexes rebuilt: ${ms["indexes rebuilt"]} ms`);
    return ms;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}
