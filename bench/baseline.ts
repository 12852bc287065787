import crypto from "node:crypto";
import pg from "pg";

/**
 * The same SQL work as one review, straight against Postgres from a tight loop of 50
 * clients (no HTTP, no Next, no Prisma): read the session user, the idempotency lookup,
 * the card's visibility, then in one transaction lock-free read state, versioned update,
 * insert log. Our API's throughput is reported as a ratio of this.
 */
export async function runPgBaseline(url: string, o: { clients: number; seconds: number; log: (m: string) => void }) {
  o.log(`pg baseline: ${o.clients} clients, ${o.seconds}s of the review's SQL`);
  const pool = new pg.Pool({ connectionString: url, max: o.clients });
  const deadline = Date.now() + o.seconds * 1000;
  let done = 0;
  const worker = async (w: number) => {
    const userId = `bl-${901 + w}`;
    const c = await pool.connect();
    try {
      const { rows } = await c.query(`SELECT id, "questionId", version FROM "ReviewState" WHERE "userId" = $1`, [
        userId,
      ]);
      let k = 0;
      while (Date.now() < deadline) {
        const card = rows[k++ % rows.length];
        await c.query(`SELECT id, role, "timeZone", "disabledAt" FROM "User" WHERE id = $1`, [userId]);
        await c.query(`SELECT id FROM "ReviewLog" WHERE "userId" = $1 AND "clientRequestId" = $2`, [
          userId,
          crypto.randomUUID(),
        ]);
        await c.query(
          `SELECT q.id, q.payload FROM "Question" q JOIN "Deck" d ON d.id = q."deckId" WHERE q.id = $1 AND q."archivedAt" IS NULL AND d.status = 'PUBLISHED' AND d."archivedAt" IS NULL`,
          [card.questionId],
        );
        await c.query("BEGIN");
        await c.query(`SELECT * FROM "ReviewState" WHERE "userId" = $1 AND "questionId" = $2`, [
          userId,
          card.questionId,
        ]);
        await c.query(
          `UPDATE "ReviewState" SET repetitions = repetitions + 1, "intervalDays" = 6, "dueAt" = now() + interval '6 days', "lastReviewedAt" = now(), version = version + 1, "updatedAt" = now() WHERE id = $1 AND version = $2`,
          [card.id, card.version],
        );
        // eslint-disable-next-line @typescript-eslint/restrict-plus-operands -- version is an int column read through pg's untyped rows.
        card.version += 1;
        await c.query(
          `INSERT INTO "ReviewLog" ("userId", "questionId", "clientRequestId", grade, correct, drill, before, after, "durationMs", "reviewedAt") VALUES ($1, $2, $3, 4, null, false, '{}'::jsonb, '{}'::jsonb, 3000, now())`,
          [userId, card.questionId, crypto.randomUUID()],
        );
        await c.query("COMMIT");
        done++;
      }
    } finally {
      c.release();
    }
  };
  const t0 = Date.now();
  await Promise.all(Array.from({ length: o.clients }, (_, w) => worker(w)));
  const seconds = (Date.now() - t0) / 1000;
  await pool.end();
  return { clients: o.clients, seconds, reviews: done, reviewsPerSecond: Math.round(done / seconds) };
}

/** EXPLAIN ANALYZE of the queue's due-cards query: the same SQL as lib/srs/queue.ts issues. */
export async function explainQueue(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
       SELECT rs.*, q.type::text AS "qType", q.prompt AS "qPrompt", q.section AS "qSection", q.payload AS "qPayload", d.title AS "deckTitle",
              count(*) OVER () AS total
       FROM "ReviewState" rs
       JOIN "Question" q ON q.id = rs."questionId" AND q."archivedAt" IS NULL
       JOIN "Deck" d ON d.id = q."deckId" AND d.status = 'PUBLISHED' AND d."archivedAt" IS NULL
       JOIN "DeckEnrollment" e ON e."deckId" = d.id AND e."userId" = $1
       WHERE rs."userId" = $1 AND rs."dueAt" <= now() AND rs."questionId" <> ALL($2::text[])
       ORDER BY rs."dueAt" ASC, rs.id
       LIMIT 50`,
      ["bl-7", []],
    );
    return rows.map((r) => r["QUERY PLAN"]).join("\n");
  } finally {
    await client.end();
  }
}
