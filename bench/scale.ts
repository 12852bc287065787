import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { encode } from "next-auth/jwt";
import { VISIBLE_QUESTION_SQL } from "@/lib/decks/visibility";
import { urlFor } from "@/lib/db/embedded";
import { createDatabaseIfMissing } from "@/lib/db/bootstrap";
import { migrate } from "@/lib/db/migrate";
import { BENCH, cohortCard, growBench, seedBench, type Cohort } from "./seed";
import { paced, type Scenario } from "./scenarios";
import { writeBlock } from "./report";

/**
 * `npm run bench -- --only=scale` (issue #14 item 5): the study API at 1k, 10k and 100k learners.
 * Each size is its own database, grown from the one before (`CREATE DATABASE … TEMPLATE`, then
 * INSERT … SELECT of the new learners), so the sizes below the top stay measurable and a
 * second run reuses all three. At each size: the production server on that database, queue fetch and
 * review submit at 50 req/s (Poisson) from learners drawn at random from the whole population,
 * server and Postgres CPU per request, shared-buffer hits and reads, `EXPLAIN (ANALYZE, BUFFERS)`
 * of the queue's and the review's statements, and the two big tables' sizes.
 */
export interface ScaleSize {
  label: string;
  learners: number;
  /** The learners added on top of the size before (null: the base data of bench/seed.ts). */
  cohort: Cohort | null;
}

export const SCALE_SIZES: ScaleSize[] = [
  { label: "1k", learners: 1000, cohort: null }, // 1,000 states and 1,000 log rows each: 1M log rows
  // Newer learners have studied fewer cards: 50 (or 20) states each, 225 (or 80) log rows over them.
  { label: "10k", learners: 10_000, cohort: { from: 1001, to: 10_000, states: 50, logs: 225 } }, // + 2.0M: 3.0M log rows
  { label: "100k", learners: 100_000, cohort: { from: 10_001, to: 100_000, states: 20, logs: 80 } }, // + 7.2M: 10.2M
];

const dbName = (s: ScaleSize) => `layerwise_scale_${s.label}`;
const marker = (s: ScaleSize) => `layerwise scale bench: ${s.label} seeded`;
type Log = (m: string) => void;

/** Seeds the sizes that are not there yet (a size without its completion marker is rebuilt). */
export async function seedScale(serverUrl: string, passwordHash: string, log: Log): Promise<Record<string, number>> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const seedMs: Record<string, number> = {};
  try {
    for (const [i, s] of SCALE_SIZES.entries()) {
      const name = dbName(s);
      const url = urlFor(serverUrl, name);
      const { rows } = await admin.query<{ note: string | null }>(
        `SELECT shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname = $1`,
        [name],
      );
      if (rows[0]?.note === marker(s)) {
        await migrate(url);
        log(`scale ${s.label}: already seeded`);
        continue;
      }
      const t0 = Date.now();
      log(`scale ${s.label}: seeding ${s.learners} learners…`);
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      if (!s.cohort) {
        await createDatabaseIfMissing(serverUrl, name);
        await migrate(url);
        await seedBench(url, passwordHash, log);
      } else {
        // FILE_COPY: a file-level copy of the size before, far cheaper than WAL-logging every page.
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${dbName(SCALE_SIZES[i - 1])}" STRATEGY = FILE_COPY`);
        await migrate(url);
        await growBench(url, s.cohort, passwordHash, log);
      }
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const tv = Date.now();
      // What autovacuum would have done by now: the visibility map (index-only scans) and statistics.
      await c.query(`VACUUM (ANALYZE) "ReviewLog", "ReviewState", "User", "DeckEnrollment"`);
      log(`  vacuum + analyze: ${Date.now() - tv} ms`);
      await c.end();
      await admin.query(`COMMENT ON DATABASE "${name}" IS '${marker(s)}'`);
      seedMs[s.label] = Date.now() - t0;
      log(`scale ${s.label}: seeded in ${Math.round(seedMs[s.label] / 1000)} s`);
    }
  } finally {
    await admin.end();
  }
  return seedMs;
}

export interface Explained {
  name: string;
  learner: string;
  executionMs: number;
  planningMs: number;
  sharedHit: number;
  sharedRead: number;
  plan: string;
}

export interface SizeResult {
  label: string;
  learners: number;
  reviewLogRows: number;
  reviewStateRows: number;
  scenarios: (Scenario & {
    serverCpuMsPerRequest: number;
    postgresCpuMsPerRequest: number;
    blocksHit: number;
    blocksRead: number;
    walBytesPerRequest: number;
  })[];
  explain: Explained[];
  wholeTable: { name: string; plan: string }[];
  relations: { name: string; bytes: number; btreeLevels: number | null }[];
  sharedBuffersBytes: number;
  loadAverage: { before: number[]; after: number[] };
}

export interface ScaleBench {
  seedMs: Record<string, number>;
  sizes: SizeResult[];
  machine: { cpus: number; model: string; node: string };
}

interface ServerControl {
  /** Starts the production server on this database URL; resolves with its pid once healthy. */
  start(url: string): Promise<number>;
  stop(): Promise<void>;
}

/** CPU ms (user + system) of a process and its live descendants, from /proc (Linux). */
function treeCpuMs(root: number, withReaped = false): number {
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  const stats = new Map<number, { ppid: number; cpu: number }>();
  for (const d of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const s = fs.readFileSync(`/proc/${d}/stat`, "utf8");
      const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
      // Fields after the name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
      const reaped = withReaped && Number(d) === root ? Number(f[13]) + Number(f[14]) : 0;
      stats.set(Number(d), { ppid: Number(f[1]), cpu: Number(f[11]) + Number(f[12]) + reaped });
    } catch {
      // the process exited while we read
    }
  }
  let total = 0;
  const inTree = (pid: number): boolean => {
    for (let p = pid, n = 0; p > 1 && n < 50; n++) {
      if (p === root) return true;
      p = stats.get(p)?.ppid ?? 0;
    }
    return false;
  };
  for (const [pid, s] of stats) if (inTree(pid)) total += s.cpu;
  return total * tick;
}

/** The postmaster's pid (first line of postmaster.pid); its exited backends count through cutime/cstime. */
const postmasterPid = (dataDir: string) =>
  Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);

const sessionCookie = async (uid: string, secret: string) =>
  `next-auth.session-token=${await encode({ token: { uid, sv: 0, sub: uid }, secret, maxAge: 3600 })}`;

const rand = (n: number) => 1 + Math.floor(Math.random() * n);

/** A random learner of the first `learners` and one of their cards (every seeded state is at version 1). */
function randomCard(learners: number): { userId: string; questionId: string } {
  const u = rand(learners);
  const size = SCALE_SIZES.find((s) => s.cohort && u >= s.cohort.from && u <= s.cohort.to);
  return {
    userId: `bl-${u}`,
    questionId: size?.cohort ? cohortCard(u, rand(size.cohort.states)) : `bq-${rand(BENCH.cards)}`,
  };
}

// The statements below are copies of the app's (lib/srs/queue.ts, lib/srs/reviews.ts,
// lib/srs/review-writes.ts, lib/srs/fsrs-history.ts): they do not export their SQL. Only the
// visibility fragment is shared. Keep them in step when those change.
const VISIBLE = VISIBLE_QUESTION_SQL.text;
const STATEMENTS: { name: string; sql: string; params: (u: string, extra: ExplainExtra) => unknown[] }[] = [
  {
    name: "queue: today's log (getQueue's findMany)",
    sql: `SELECT "questionId", grade, drill, before, correct, "reviewedAt" FROM "ReviewLog"
          WHERE "userId" = $1 AND "reviewedAt" >= $2 AND "undoneAt" IS NULL ORDER BY id`,
    params: (u, x) => [u, x.dayStart],
  },
  {
    name: "queue: due cards",
    sql: `SELECT rs.*, q.type::text AS "qType", q.prompt AS "qPrompt", q.section AS "qSection", q.payload AS "qPayload", d.title AS "deckTitle",
                 count(*) OVER () AS total
          FROM "ReviewState" rs
          JOIN "Question" q ON q.id = rs."questionId"
          JOIN "Deck" d ON d.id = q."deckId" AND ${VISIBLE}
          JOIN "DeckEnrollment" e ON e."deckId" = d.id AND e."userId" = $1
          WHERE rs."userId" = $1 AND rs."dueAt" <= now() AND rs."questionId" <> ALL($2::text[])
          ORDER BY rs."dueAt" ASC, rs.id
          LIMIT 50`,
    params: (u) => [u, []],
  },
  {
    name: "queue: new cards",
    sql: `SELECT q.id, q.type::text AS "qType", q.prompt AS "qPrompt", q.section AS "qSection", q.payload AS "qPayload", d.title AS "deckTitle",
                 count(*) OVER () AS total
          FROM "DeckEnrollment" e
          JOIN "Deck" d ON d.id = e."deckId"
          JOIN "Question" q ON q."deckId" = d.id AND ${VISIBLE}
          WHERE e."userId" = $1
            AND NOT EXISTS (SELECT 1 FROM "ReviewState" rs WHERE rs."userId" = $1 AND rs."questionId" = q.id)
          ORDER BY d.title ASC, q.position ASC
          LIMIT 20`,
    params: (u) => [u],
  },
  {
    name: "review: context (loadContext)",
    sql: `SELECT q.id AS "qId", q.type::text AS "qType", q.prompt AS "qPrompt", q.explanation AS "qExplanation", q.section AS "qSection", q.payload AS "qPayload", q.version AS "qVersion",
                 rs.id AS "rsId", rs.repetitions, rs."easinessE4", rs."intervalDays", rs."dueAt", rs.lapses, rs."reviewCount", rs."lastReviewedAt", rs.version,
                 rs."fsrsStability", rs."fsrsDifficulty", rs."fsrsPhase", rs."fsrsStep", rs."fsrsDueAt", rs."fsrsLastReviewedAt",
                 u.scheduler::text AS scheduler, u."desiredRetention",
                 (SELECT m.parameters FROM "FsrsModel" m WHERE m."userId" = $1 AND m.adopted ORDER BY m."fittedAt" DESC, m.id DESC LIMIT 1) AS "fsrsWeights",
                 rl.id AS "logId", rl."questionId" AS "logQuestionId", rl.grade AS "logGrade", rl.correct AS "logCorrect", rl.drill AS "logDrill",
                 rl."reviewedAt" AS "logReviewedAt", rl.after AS "logAfter"
          FROM (SELECT 1) AS one
          LEFT JOIN "User" u ON u.id = $1
          LEFT JOIN "Question" q ON q.id = $2
            AND EXISTS (SELECT 1 FROM "Deck" d WHERE d.id = q."deckId" AND ${VISIBLE})
          LEFT JOIN "ReviewState" rs ON rs."userId" = $1 AND rs."questionId" = q.id
          LEFT JOIN "ReviewLog" rl ON rl."userId" = $1 AND rl."clientRequestId" = $3`,
    params: (u, x) => [u, x.questionId, crypto.randomUUID()],
  },
  {
    name: "review: the card's log, to replay FSRS (replayCard)",
    sql: `SELECT "questionId", grade, "reviewedAt" FROM "ReviewLog"
          WHERE "userId" = $1 AND "undoneAt" IS NULL AND "questionId" IN ($2) ORDER BY "reviewedAt" ASC, id ASC`,
    params: (u, x) => [u, x.questionId],
  },
  {
    name: "review: state update + log insert (updateStateAndLog), rolled back",
    sql: `WITH moved AS (
            UPDATE "ReviewState" SET repetitions = repetitions + 1, "intervalDays" = 6, "dueAt" = now() + interval '6 days',
              "lastReviewedAt" = now(), version = version + 1, "updatedAt" = now()
            WHERE id = $1 AND version = $2
            RETURNING id
          )
          INSERT INTO "ReviewLog" ("userId", "questionId", "clientRequestId", grade, correct, drill, before, after, "durationMs", "reviewedAt",
                                   "predictedR", scheduler, "questionVersion")
          SELECT $3, $4, $5, 4, null, false, '{"isNew":false}'::jsonb, '{"isNew":false}'::jsonb, 3000, now(), null, 'SM2'::"Scheduler", 1
          FROM moved
          RETURNING id`,
    params: (u, x) => [x.stateId, x.stateVersion, u, x.questionId, crypto.randomUUID()],
  },
  {
    name: "a learner's whole log (FSRS history / calibration replay)",
    sql: `SELECT "questionId", grade, "reviewedAt" FROM "ReviewLog"
          WHERE "userId" = $1 AND "undoneAt" IS NULL ORDER BY "reviewedAt" ASC, id ASC`,
    params: (u) => [u],
  },
];

/**
 * Statements whose work grows with the whole table, not with one learner: planned only (EXPLAIN
 * without ANALYZE, estimated rows), since running them at 10M rows would take the run's minutes.
 * Copies of lib/srs/fit-learner.ts (the fit sweep's groupBy) and lib/authoring/stats.ts (a deck's
 * review stats, here the bench deck every learner studies).
 */
const WHOLE_TABLE: { name: string; sql: string; params: unknown[] }[] = [
  {
    name: "fit sweep: learners with enough reviews (fit-learner groupBy)",
    sql: `SELECT "userId", count(*) FROM "ReviewLog" WHERE "undoneAt" IS NULL GROUP BY "userId" HAVING count(*) >= 400`,
    params: [],
  },
  {
    name: "author: a deck's review stats (authoring/stats findMany)",
    sql: `SELECT r."questionId", r.grade, r.before FROM "ReviewLog" r JOIN "Question" q ON q.id = r."questionId"
          WHERE q."deckId" = $1 AND NOT r.drill AND r."undoneAt" IS NULL`,
    params: ["bench-deck"],
  },
];

async function planWholeTable(c: pg.Client): Promise<{ name: string; plan: string }[]> {
  const out = [];
  for (const st of WHOLE_TABLE) {
    const { rows } = await c.query<{ "QUERY PLAN": string }>(`EXPLAIN ${st.sql}`, st.params);
    out.push({ name: st.name, plan: rows.map((r) => r["QUERY PLAN"]).join("\n") });
  }
  return out;
}

interface ExplainExtra {
  dayStart: Date;
  questionId: string;
  stateId: string;
  stateVersion: number;
}

async function explainAll(url: string, learners: string[]): Promise<Explained[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const out: Explained[] = [];
  try {
    for (const learner of learners) {
      const { rows } = await c.query<{ id: string; questionId: string; version: number }>(
        `SELECT id, "questionId", version FROM "ReviewState" WHERE "userId" = $1 ORDER BY "questionId" LIMIT 1`,
        [learner],
      );
      const now = new Date();
      const dayStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 4));
      if (dayStart > now) dayStart.setUTCDate(dayStart.getUTCDate() - 1);
      const extra = { dayStart, questionId: rows[0].questionId, stateId: rows[0].id, stateVersion: rows[0].version };
      for (const st of STATEMENTS) {
        await c.query("BEGIN");
        try {
          const res = await c.query<{ "QUERY PLAN": string }>(
            `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${st.sql}`,
            st.params(learner, extra),
          );
          const plan = res.rows.map((r) => r["QUERY PLAN"]).join("\n");
          const num = (re: RegExp) => Number(re.exec(plan)?.[1] ?? 0);
          const top = /Buffers: (shared[^\n]*)/.exec(plan)?.[1] ?? "";
          out.push({
            name: st.name,
            learner,
            executionMs: num(/Execution Time: ([\d.]+)/),
            planningMs: num(/Planning Time: ([\d.]+)/),
            sharedHit: Number(/hit=(\d+)/.exec(top)?.[1] ?? 0),
            sharedRead: Number(/read=(\d+)/.exec(top)?.[1] ?? 0),
            plan,
          });
        } finally {
          await c.query("ROLLBACK");
        }
      }
    }
  } finally {
    await c.end();
  }
  return out;
}

/** Sizes of the two big tables and their indexes, with each B-tree's levels above the leaves (from its metapage). */
async function relationSizes(c: pg.Client) {
  const { rows } = await c.query<{ name: string; bytes: string; path: string; isIndex: boolean }>(
    `SELECT c.relname AS name, CASE WHEN c.relkind = 'i' THEN pg_relation_size(c.oid) ELSE pg_total_relation_size(c.oid) END AS bytes,
            pg_relation_filepath(c.oid) AS path, c.relkind = 'i' AS "isIndex"
     FROM pg_class c
     WHERE c.relnamespace = 'public'::regnamespace
       AND (c.relname IN ('ReviewLog', 'ReviewState')
            OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid IN ('"ReviewLog"'::regclass, '"ReviewState"'::regclass)))
     ORDER BY c.relkind DESC, c.relname`,
  );
  const out: SizeResult["relations"] = [];
  for (const r of rows) {
    let btreeLevels: number | null = null;
    if (r.isIndex) {
      // BTMetaPageData follows the 24-byte page header: magic, version, root, level (uint32 each).
      const meta = await c
        .query<{ b: Buffer }>(`SELECT pg_read_binary_file($1, 0, 40) AS b`, [r.path])
        .catch(() => null);
      if (meta) btreeLevels = meta.rows[0].b.readUInt32LE(36);
    }
    out.push({ name: r.name, bytes: Number(r.bytes), btreeLevels });
  }
  return out;
}

/** Shared-buffer hits and reads of the database so far, and the WAL position (bytes). */
async function dbCounters(c: pg.Client, name: string) {
  await c.query(`SELECT pg_stat_clear_snapshot()`);
  const { rows } = await c.query<{ hit: string; read: string; wal: string }>(
    `SELECT blks_hit AS hit, blks_read AS read, pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0') AS wal
     FROM pg_stat_database WHERE datname = $1`,
    [name],
  );
  return { hit: Number(rows[0].hit), read: Number(rows[0].read), wal: Number(rows[0].wal) };
}

async function measureSize(
  s: ScaleSize,
  url: string,
  o: { base: string; secret: string; server: ServerControl; pgDataDir: string; duration: number; log: Log },
): Promise<SizeResult> {
  const before = os.loadavg();
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const counts = await c.query<{ logs: string; states: string }>(
    `SELECT (SELECT reltuples::bigint FROM pg_class WHERE oid = '"ReviewLog"'::regclass) AS logs,
            (SELECT reltuples::bigint FROM pg_class WHERE oid = '"ReviewState"'::regclass) AS states`,
  );
  const pid = await o.server.start(url);
  const origin = new URL(o.base).origin;
  const queueReq = async () => {
    const { userId } = randomCard(s.learners);
    return {
      path: "/api/v1/study/queue?limit=50",
      init: { headers: { cookie: await sessionCookie(userId, o.secret) } },
    };
  };
  const reviewReq = async () => {
    const { userId, questionId } = randomCard(s.learners);
    return {
      path: "/api/v1/reviews",
      init: {
        method: "POST",
        headers: { cookie: await sessionCookie(userId, o.secret), origin, "content-type": "application/json" },
        body: JSON.stringify({
          clientRequestId: crypto.randomUUID(),
          questionId,
          grade: 4,
          expectedVersion: 1,
          durationMs: 3000,
        }),
      },
    };
  };
  // Warm-up (not counted): the first requests load the route modules and open the pool.
  for (let k = 0; k < 20; k++) {
    for (const make of [queueReq, reviewReq]) {
      const { path: p, init } = await make();
      await fetch(o.base + p, init).then((r) => r.text());
    }
  }
  // 50 req/s is the paced scenarios' load; SCALE_RATE lowers it when other jobs hold the cores
  // (an open loop past the server's share of the CPU measures the queue in front of it, not the database).
  const rate = Number(process.env.SCALE_RATE ?? 50);
  const scenarios: SizeResult["scenarios"] = [];
  for (const [kind, make] of [
    ["queue fetch", queueReq],
    ["review submit", reviewReq],
  ] as const) {
    // Sessions are minted beforehand (next-auth's own encode, the app's claims) so that signing in
    // thousands of random learners (argon2 each) neither takes minutes nor loads the run.
    const reqs = await Promise.all(Array.from({ length: Math.ceil(rate * o.duration * 1.5) }, make));
    const pm = postmasterPid(o.pgDataDir);
    const cpu0 = { server: treeCpuMs(pid), pg: treeCpuMs(pm, true) };
    const blocks0 = await dbCounters(c, dbName(s));
    o.log(`scale ${s.label}: ${kind}, ${rate} req/s (Poisson) for ${o.duration} s, random learners of ${s.learners}`);
    const r = await paced(
      `${kind}, paced (${rate} req/s, Poisson, random learners)`,
      { rate, duration: o.duration, learners: s.learners },
      (seq) => reqs[seq % reqs.length],
      o.base,
    );
    const cpu1 = { server: treeCpuMs(pid), pg: treeCpuMs(pm, true) };
    await new Promise((res) => setTimeout(res, 1500)); // backends flush their statistics within a second
    const blocks1 = await dbCounters(c, dbName(s));
    const n = Math.max(1, r.requests);
    scenarios.push({
      ...r,
      serverCpuMsPerRequest: Math.round(((cpu1.server - cpu0.server) / n) * 100) / 100,
      postgresCpuMsPerRequest: Math.round(((cpu1.pg - cpu0.pg) / n) * 100) / 100,
      blocksHit: blocks1.hit - blocks0.hit,
      blocksRead: blocks1.read - blocks0.read,
      walBytesPerRequest: Math.round((blocks1.wal - blocks0.wal) / n),
    });
    o.log(
      `  p50 ${r.latencyMs.p50} ms, p95 ${r.latencyMs.p95} ms, ${r.non2xx} non-2xx, ${r.errors} errors; ` +
        `server ${scenarios.at(-1)!.serverCpuMsPerRequest} ms CPU/req, postgres ${scenarios.at(-1)!.postgresCpuMsPerRequest}`,
    );
  }
  await o.server.stop();
  const explain = await explainAll(url, ["bl-7", `bl-${s.learners}`]);
  const relations = await relationSizes(c);
  const wholeTable = await planWholeTable(c);
  const sb = await c.query<{ bytes: string }>(
    `SELECT setting::bigint * 8192 AS bytes FROM pg_settings WHERE name = 'shared_buffers'`,
  );
  await c.end();
  return {
    label: s.label,
    learners: s.learners,
    reviewLogRows: Number(counts.rows[0].logs),
    reviewStateRows: Number(counts.rows[0].states),
    scenarios,
    explain,
    wholeTable,
    relations,
    sharedBuffersBytes: Number(sb.rows[0].bytes),
    loadAverage: { before, after: os.loadavg() },
  };
}

/** Seeds what is missing, then measures every size over HTTP (the server restarted on each size's database). */
export async function runScaleBench(o: {
  serverUrl: string;
  passwordHash: string;
  base: string;
  secret: string;
  server: ServerControl;
  pgDataDir: string;
  quick: boolean;
  log: Log;
}): Promise<ScaleBench> {
  const seedMs = await seedScale(o.serverUrl, o.passwordHash, o.log);
  const sizes: SizeResult[] = [];
  for (const s of SCALE_SIZES) {
    sizes.push(await measureSize(s, urlFor(o.serverUrl, dbName(s)), { ...o, duration: o.quick ? 5 : 20 }));
  }
  const cpu = os.cpus();
  return { seedMs, sizes, machine: { cpus: cpu.length, model: cpu[0]?.model ?? "unknown", node: process.version } };
}

const mb = (b: number) => (b / 2 ** 20).toFixed(b < 10 * 2 ** 20 ? 1 : 0);
const la = (x: number[]) => x.map((v) => v.toFixed(1)).join(" / ");

/** Replaces the generated scaling tables in docs/BENCHMARKS.md (appended the first time). */
export function writeScaleReport(r: ScaleBench): void {
  const sizes = r.sizes;
  const head = (first: string) => [
    `| ${first} | ${sizes.map((s) => `${s.label} learners`).join(" | ")} |`,
    `| --- | ${sizes.map(() => "---").join(" | ")} |`,
  ];
  const scenarioRows = (r.sizes[0]?.scenarios ?? []).flatMap((sc, i) => {
    const k = sc.name.split(",")[0];
    const cell = (f: (x: SizeResult["scenarios"][number]) => string) => sizes.map((s) => f(s.scenarios[i])).join(" | ");
    return [
      `| ${k}: p50 / p95 / p99 ms | ${cell((x) => `${x.latencyMs.p50} / **${x.latencyMs.p95}** / ${x.latencyMs.p99}`)} |`,
      `| ${k}: requests, non-2xx, errors | ${cell((x) => `${x.requests}, ${x.non2xx}, ${x.errors}`)} |`,
      `| ${k}: CPU ms per request, server / Postgres | ${cell((x) => `${x.serverCpuMsPerRequest} / ${x.postgresCpuMsPerRequest}`)} |`,
      `| ${k}: WAL bytes per request | ${cell((x) => x.walBytesPerRequest.toLocaleString("en"))} |`,
      `| ${k}: shared-buffer reads per request (hit ratio) | ${cell((x) => `${(x.blocksRead / Math.max(1, x.requests)).toFixed(1)} (${((100 * x.blocksHit) / Math.max(1, x.blocksHit + x.blocksRead)).toFixed(1)} %)`)} |`,
    ];
  });
  const names = [...new Set(sizes[0]?.explain.map((e) => e.name) ?? [])];
  const learnerOf = (s: SizeResult, which: "heavy" | "last") => (which === "heavy" ? "bl-7" : `bl-${s.learners}`);
  const explainRows = (["heavy", "last"] as const).flatMap((which) =>
    names.map((n) => {
      const cells = sizes.map((s) => {
        const e = s.explain.find((x) => x.name === n && x.learner === learnerOf(s, which));
        return e ? `${e.executionMs} ms (hit ${e.sharedHit}, read ${e.sharedRead})` : "—";
      });
      return `| ${n} — ${which === "heavy" ? "bl-7 (1,000 cards, 1,000 log rows)" : "the newest learner"} | ${cells.join(" | ")} |`;
    }),
  );
  const relNames = [...new Set(sizes.flatMap((s) => s.relations.map((x) => x.name)))];
  const relRows = relNames.map((n) => {
    const cells = sizes.map((s) => {
      const x = s.relations.find((y) => y.name === n);
      return x ? `${mb(x.bytes)} MB${x.btreeLevels !== null ? ` (${x.btreeLevels + 1} levels)` : ""}` : "—";
    });
    return `| ${n} | ${cells.join(" | ")} |`;
  });
  const top = sizes.at(-1);
  const planOf = (n: string) => top?.explain.find((e) => e.name === n && e.learner === "bl-7")?.plan ?? "";
  const body = [
    "",
    `Run on ${new Date().toISOString().slice(0, 10)}, ${r.machine.cpus} cores (${r.machine.model}), Node ${r.machine.node}; ` +
      `seeding this run: ${
        Object.entries(r.seedMs)
          .map(([k, v]) => `${k} ${Math.round(v / 1000)} s`)
          .join(", ") || "none (reused)"
      }.`,
    "",
    ...head("measure"),
    `| learners / review-log rows / review states | ${sizes.map((s) => `${s.learners.toLocaleString("en")} / ${s.reviewLogRows.toLocaleString("en")} / ${s.reviewStateRows.toLocaleString("en")}`).join(" | ")} |`,
    `| load average before → after (1 / 5 / 15 min) | ${sizes.map((s) => `${la(s.loadAverage.before)} → ${la(s.loadAverage.after)}`).join(" | ")} |`,
    ...scenarioRows,
    "",
    `shared_buffers: ${mb(top?.sharedBuffersBytes ?? 0)} MB.`,
    "",
    "#### Table and index sizes (tables: with their indexes and TOAST)",
    "",
    ...head("relation"),
    ...relRows,
    "",
    "#### EXPLAIN (ANALYZE, BUFFERS): execution time and shared buffers (hit = in shared_buffers, read = from the OS)",
    "",
    ...head("statement — learner"),
    ...explainRows,
    "",
    "#### Statements that read the whole table (planned, not run: estimated rows and cost)",
    "",
    ...head("statement"),
    ...(sizes[0]?.wholeTable ?? []).map(
      (w, i) =>
        `| ${w.name} | ${sizes.map((s) => "`" + (s.wholeTable[i]?.plan.split("\n")[0] ?? "").replace(/\|/g, "/").trim() + "`").join(" | ")} |`,
    ),
    "",
    `#### Plans at ${top?.label ?? "?"} learners (bl-7); every plan of every size is in bench/.out/scale.json`,
    "",
    ...[
      "queue: due cards",
      "review: the card's log, to replay FSRS (replayCard)",
      "review: state update + log insert (updateStateAndLog), rolled back",
    ].flatMap((n) => [`${n}:`, "", "```", planOf(n), "```", ""]),
  ];
  writeBlock("npm run bench -- --only=scale", body, ["## Scaling curve (issue #14)"]);
}
