import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

/**
 * The fair limit (issue #14): the statements the app really sends for one review and one
 * queue fetch, captured from Postgres's own statement log while the running server serves
 * one request of each, then replayed against the bench database as fast as Postgres takes
 * them — with `pgbench` and with a node `pg` loop — in the same `npm run bench` run as the
 * HTTP load. Nothing here is written from reading the app's code: change the app's SQL and
 * the next run replays the new SQL.
 */

/** One statement as Postgres logged it: its text (with $n placeholders) and its parameters. */
export interface Logged {
  pid: string;
  sql: string;
  params: (string | null)[];
}

const PREFIX = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[(\d+)\] ([A-Z]+):  (.*)$/;

/** Parses `$1 = 'a', $2 = NULL, …` (Postgres doubles a quote inside a value). */
export function parseParameters(detail: string): (string | null)[] {
  const out: (string | null)[] = [];
  const re = /\$(\d+) = (NULL|'((?:[^']|'')*)')/g;
  for (let m = re.exec(detail); m; m = re.exec(detail))
    out[Number(m[1]) - 1] = m[2] === "NULL" ? null : m[3].replace(/''/g, "'");
  return out;
}

/**
 * The statements in a slice of the server log (log_statement = all, the default
 * `%m [%p] ` prefix): `statement:` (simple protocol) and `execute <name>:` (extended
 * protocol) entries, each with the parameters of the DETAIL line that follows it.
 */
export function parseStatementLog(text: string): Logged[] {
  const entries: { pid: string; level: string; body: string }[] = [];
  for (const line of text.split("\n")) {
    const m = PREFIX.exec(line);
    if (m) entries.push({ pid: m[1], level: m[2], body: m[3] });
    else if (entries.length) entries[entries.length - 1].body += `\n${line.replace(/^\t/, "")}`;
  }
  const out: Logged[] = [];
  for (const [i, e] of entries.entries()) {
    if (e.level !== "LOG") continue;
    const m = /^(?:statement|execute [^:]+): ([\s\S]*)$/.exec(e.body);
    if (!m) continue;
    const next = entries[i + 1];
    const detail =
      next && next.level === "DETAIL" && next.pid === e.pid && /^parameters: /i.test(next.body) ? next.body : "";
    out.push({ pid: e.pid, sql: m[1].trim(), params: parseParameters(detail) });
  }
  return out;
}

/** A parameter of a replayed statement: a per-iteration variable, or the value the app sent. */
export type Param = { name: string } | { value: string | null };
export interface Statement {
  sql: string;
  params: Param[];
  /** The replay keeps this statement's one result row (as `c_<column>`) for later statements. */
  keepsRow?: boolean;
}

/**
 * Turns the logged statements into a replayable script: every parameter whose value is one
 * of `vars` (the capture's user id, card, request id, state id, versions) becomes that
 * variable; the rest are sent as the app sent them.
 */
export function templateOf(logged: Logged[], vars: Record<string, string>): Statement[] {
  const byValue = new Map(Object.entries(vars).map(([name, value]) => [value, name]));
  return logged.map((l) => ({
    sql: l.sql,
    params: l.params.map((v) => (v !== null && byValue.has(v) ? { name: byValue.get(v)! } : { value: v })),
  }));
}

type Vars = Record<string, string | null>;
const bind = (s: Statement, vars: Vars) => s.params.map((p) => ("name" in p ? (vars[p.name] ?? null) : p.value));

/** Runs one pass of the script on `client`, keeping marked rows as c_<column> (what pgbench's \gset c_ does). */
async function runOnce(client: pg.ClientBase, script: Statement[], vars: Vars) {
  for (const s of script) {
    const { rows } = await client.query(s.sql, bind(s, vars));
    if (s.keepsRow) {
      for (const [k, v] of Object.entries((rows[0] ?? {}) as Record<string, unknown>))
        vars[`c_${k}`] =
          v === null ? null : v instanceof Date ? v.toISOString() : typeof v === "string" ? v : JSON.stringify(v);
      // The versioned write moves the state from the version just read to the next one.
      if (vars.c_version !== undefined) vars.nv = String(Number(vars.c_version) + 1);
    }
  }
}

/** Marks the statement whose one row carries every c_ variable a later statement needs (found by running the script once, rolled back). */
async function markKeptRows(client: pg.ClientBase, script: Statement[], vars: Vars): Promise<Statement[]> {
  const needed = new Set(script.flatMap((s) => s.params.flatMap((p) => ("name" in p ? [p.name] : []))));
  const wanted = [...needed].filter((n) => n.startsWith("c_")).map((n) => n.slice(2));
  if (!wanted.length) return script;
  await client.query("BEGIN");
  try {
    for (const [i, s] of script.entries()) {
      const { rows } = await client.query(s.sql, bind(s, vars));
      if (rows.length === 1 && wanted.every((c) => c in (rows[0] as object)))
        return script.map((t, k) => (k === i ? { ...t, keepsRow: true } : t));
    }
  } finally {
    await client.query("ROLLBACK");
  }
  throw new Error(`no captured statement returns ${wanted.join(", ")}: the replay cannot follow the app's data flow`);
}

/**
 * The node loop: `clients` pg connections, each running the script back to back with a
 * fresh random learner and card (`pick`) per pass, the way adapter-pg sends statements
 * (extended protocol, unnamed statements: parsed on every call). Returns passes per second.
 */
async function nodeLoop(url: string, script: Statement[], pick: () => Vars, clients: number, seconds: number) {
  const pool = new pg.Pool({ connectionString: url, max: clients });
  const deadline = Date.now() + seconds * 1000;
  let done = 0;
  let errors = 0;
  const t0 = Date.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      const c = await pool.connect();
      try {
        while (Date.now() < deadline) {
          await runOnce(c, script, pick()).then(
            () => done++,
            () => errors++,
          );
        }
      } finally {
        c.release();
      }
    }),
  );
  const elapsed = (Date.now() - t0) / 1000;
  await pool.end();
  return { perSecond: Math.round(done / elapsed), passes: done, errors, seconds: Math.round(elapsed * 10) / 10 };
}

/**
 * A pgbench script for the statements: the random learner and card come from one constant
 * SELECT (pgbench's \set makes only numbers, and our ids are text), every other parameter is
 * a pgbench variable (-D for the app's own values), so each statement goes out as the app
 * sends it: extended protocol, parameters bound, nothing inlined.
 */
export function pgbenchScript(script: Statement[], idsSql: string): { text: string; defines: string[] } {
  const defines: string[] = [];
  const lines = [...idsSql.split("\n")];
  script.forEach((s, i) => {
    let sql = s.sql;
    // A pgbench variable cannot be NULL (it would bind ''), so a NULL the app bound is written as NULL.
    const names = s.params.map((p, k) => {
      if ("name" in p) return `:${p.name}`;
      if (p.value === null) return "NULL";
      const name = `p${i}_${k + 1}`;
      defines.push(`${name}=${p.value}`);
      return `:${name}`;
    });
    // Highest first, so $1 does not eat the start of $10.
    for (let k = names.length; k >= 1; k--) sql = sql.replaceAll(`$${k}`, names[k - 1]);
    sql = sql.replace(/;\s*$/, "");
    lines.push(s.keepsRow ? `${sql} \\gset c_` : `${sql};`);
    if (s.keepsRow && script.some((t) => t.params.some((p) => "name" in p && p.name === "nv")))
      lines.push("\\set nv :c_version + 1");
  });
  return { text: lines.join("\n") + "\n", defines };
}

/** Runs pgbench (Debian: `apt-get install -y postgresql-client`); null when it is not installed. */
async function pgbench(url: string, script: { text: string; defines: string[] }, clients: number, seconds: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "layerwise-pgbench-"));
  const file = path.join(dir, "script.sql");
  fs.writeFileSync(file, script.text);
  const u = new URL(url);
  const args = ["-n", "-f", file, "-c", String(clients), "-j", "2", "-T", String(seconds), "-M", "extended"];
  for (const d of script.defines) args.push("-D", d);
  args.push("-h", u.hostname, "-p", u.port, "-U", decodeURIComponent(u.username), u.pathname.slice(1));
  return new Promise<{ tps: number; transactions: number; failed: number; output: string } | null>(
    (resolve, reject) => {
      const child = spawn("pgbench", args, { env: { ...process.env, PGPASSWORD: decodeURIComponent(u.password) } });
      let output = "";
      child.stdout.on("data", (d: Buffer) => (output += d.toString()));
      child.stderr.on("data", (d: Buffer) => (output += d.toString()));
      child.on("error", (err: NodeJS.ErrnoException) => (err.code === "ENOENT" ? resolve(null) : reject(err)));
      child.on("exit", (code) => {
        fs.rmSync(dir, { recursive: true, force: true });
        const tps = /tps = ([\d.]+)/.exec(output);
        if (code !== 0 || !tps) {
          reject(new Error(`pgbench failed (${code}):\n${output.slice(-2000)}`));
          return;
        }
        resolve({
          tps: Math.round(Number(tps[1])),
          transactions: Number(/number of transactions actually processed: (\d+)/.exec(output)?.[1] ?? 0),
          failed: Number(/number of failed transactions: (\d+)/.exec(output)?.[1] ?? 0),
          output,
        });
      });
    },
  );
}

/**
 * Whether a logged statement belongs to the request being captured: not this bench's own
 * logging switch, and not the job queue's pollers (pg-boss workers in the same server fetch
 * from `pgboss.job` every few seconds whatever the requests do; one caught in the window would
 * be replayed as if each review cost it).
 */
export function isRequestStatement(sql: string): boolean {
  return !/pg_reload_conf|ALTER SYSTEM/.test(sql) && !/\bpgboss\./.test(sql);
}

/** Turns the server's statement log on (every session, through a reload), runs `fire`, turns it off, and returns what the app sent. */
export async function captureStatements(url: string, logFile: string, fire: () => Promise<void>): Promise<Logged[]> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const ownPid = String((await admin.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0].pid);
    await admin.query("ALTER SYSTEM SET log_statement = 'all'");
    await admin.query("SELECT pg_reload_conf()");
    await new Promise((r) => setTimeout(r, 300)); // every backend takes the reload before its next statement
    const from = fs.statSync(logFile).size;
    try {
      await fire();
    } finally {
      await admin.query("ALTER SYSTEM RESET log_statement");
      await admin.query("SELECT pg_reload_conf()");
    }
    await new Promise((r) => setTimeout(r, 300));
    const fd = fs.openSync(logFile, "r");
    const buf = Buffer.alloc(fs.statSync(logFile).size - from);
    fs.readSync(fd, buf, 0, buf.length, from);
    fs.closeSync(fd);
    return parseStatementLog(buf.toString("utf8")).filter((l) => l.pid !== ownPid && isRequestStatement(l.sql));
  } finally {
    await admin.end();
  }
}

export interface FairPath {
  name: "review" | "queue";
  /** What the app sent for one request, in order. */
  statements: { sql: string; params: number }[];
  pgbench: { tps: number; transactions: number; failed: number } | null;
  node: { perSecond: number; passes: number; errors: number; seconds: number };
  /** The higher of the two: the most Postgres did with the app's statements. */
  limit: number;
}
export interface FairLimit {
  clients: number;
  seconds: number;
  paths: FairPath[];
}

/** Learners the replay writes for (none of the HTTP scenarios or the quiz use them). */
const REPLAY_LEARNERS = [701, 1000] as const;

/**
 * Captures one review and one queue fetch from the running server (as learner bl-200, a card
 * set to a version no other value can be mistaken for), then replays each with pgbench and the
 * node loop: 50 clients, a random learner of bl-701…bl-1000 and card of bq-1…bq-1000 per pass.
 */
export async function runFairLimit(
  base: string,
  url: string,
  o: {
    logFile: string;
    cookie: string;
    clients: number;
    seconds: number;
    cards: number;
    log: (m: string) => void;
  },
): Promise<FairLimit> {
  const userId = "bl-200";
  const questionId = "bq-1";
  const stateId = "rs-200-1";
  const version = 700001 + Math.floor(Math.random() * 1000) * 10;
  const clientRequestId = crypto.randomUUID();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`UPDATE "ReviewState" SET version = $2 WHERE id = $1`, [stateId, version]);
  const headers = { cookie: o.cookie, origin: new URL(base).origin, "content-type": "application/json" };
  const review = await captureStatements(url, o.logFile, async () => {
    const res = await fetch(`${base}/api/v1/reviews`, {
      method: "POST",
      headers,
      body: JSON.stringify({ clientRequestId, questionId, grade: 4, expectedVersion: version, durationMs: 3000 }),
    });
    if (!res.ok) throw new Error(`capture review: ${res.status} ${await res.text()}`);
  });
  const queue = await captureStatements(url, o.logFile, async () => {
    const res = await fetch(`${base}/api/v1/study/queue?limit=50`, { headers: { cookie: o.cookie } });
    if (!res.ok) throw new Error(`capture queue: ${res.status} ${await res.text()}`);
  });
  const reviewVars = {
    uid: userId,
    qid: questionId,
    crid: clientRequestId,
    c_rsId: stateId,
    c_version: String(version),
    nv: String(version + 1),
  };
  const pick = (): Vars => {
    const u = REPLAY_LEARNERS[0] + Math.floor(Math.random() * (REPLAY_LEARNERS[1] - REPLAY_LEARNERS[0] + 1));
    return { uid: `bl-${u}`, qid: `bq-${1 + Math.floor(Math.random() * o.cards)}`, crid: crypto.randomUUID() };
  };
  const idsSql = [
    `\\set u random(${REPLAY_LEARNERS[0]}, ${REPLAY_LEARNERS[1]})`,
    `\\set q random(1, ${o.cards})`,
    `SELECT 'bl-' || :u::text AS uid, 'bq-' || :q::text AS qid, gen_random_uuid()::text AS crid \\gset`,
  ].join("\n");
  const paths: FairPath[] = [];
  for (const [name, logged, vars] of [
    ["review", review, reviewVars],
    ["queue", queue, { uid: userId }],
  ] as const) {
    const template = templateOf(logged, vars);
    const script = await markKeptRows(client, template, {
      ...pick(),
      uid: userId,
      qid: questionId,
      crid: clientRequestId,
    });
    o.log(`fair limit, ${name}: ${script.length} statements captured; pgbench ${o.clients} clients, ${o.seconds}s`);
    const bench = await pgbench(url, pgbenchScript(script, idsSql), o.clients, o.seconds);
    if (!bench) o.log("pgbench is not installed (Debian: apt-get install -y postgresql-client); node loop only");
    o.log(`fair limit, ${name}: node pg loop, ${o.clients} clients, ${o.seconds}s`);
    const node = await nodeLoop(url, script, pick, o.clients, o.seconds);
    paths.push({
      name,
      statements: logged.map((l) => ({ sql: l.sql, params: l.params.length })),
      pgbench: bench && { tps: bench.tps, transactions: bench.transactions, failed: bench.failed },
      node,
      limit: Math.max(bench?.tps ?? 0, node.perSecond),
    });
  }
  await client.end();
  return { clients: o.clients, seconds: o.seconds, paths };
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
