/**
 * npm run test:scale — two production instances behind HAProxy, on one Postgres reached through
 * PgBouncer in transaction mode (docs/SCALING.md):
 *   1. an embedded Postgres (.data/scale-pg), a fresh database migrated and seeded through the
 *      direct URL (scripts/db.ts with DIRECT_DATABASE_URL), PgBouncer and HAProxy as children;
 *   2. `next build` once (SCALE_REUSE_BUILD=1 keeps an existing .next, as .ci/run does after the
 *      e2e suite built it), two `scripts/next-server.mjs start` instances;
 *   3. the study and quiz e2e specs through the balancer (tests/scale/playwright.config.ts);
 *   4. cross-instance checks: sign-in limits, one review log row per clientRequestId sent to
 *      both instances at once, the quiz sweep finalizing each expired attempt once;
 *   5. learners submitting reviews through the balancer while one instance is SIGKILLed:
 *      errors only for requests in flight on it, every acknowledged review stored exactly once.
 * Prints "N passed, N failed" and exits non-zero on any failure. Everything listens on loopback.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { startEmbeddedPostgres, urlFor, type EmbeddedServer } from "@/lib/db/embedded";
import { freshDatabase, signIn, waitFor, type Learner } from "./support";
import { runLoadAndKill } from "./load";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PORT_A = Number(process.env.SCALE_PORT_A ?? 3317);
const PORT_B = Number(process.env.SCALE_PORT_B ?? 3318);
const HAPROXY_PORT = Number(process.env.SCALE_HAPROXY_PORT ?? 3517);
const PGBOUNCER_PORT = Number(process.env.SCALE_PGBOUNCER_PORT ?? 6417);
const STATS_PORT = process.env.SCALE_STATS_PORT;
const BASE = `http://localhost:${HAPROXY_PORT}`;
const DATABASE = "layerwise_scale";
const SECRET = "scale-test-only-secret-not-for-production";

const log = (m: string) => console.log(`[scale] ${m}`);
const children = new Map<string, ChildProcess>();
let postgres: EmbeddedServer | null = null;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "layerwise-scale-"));
let passed = 0;
let failed = 0;

async function check(name: string, fn: () => Promise<void>): Promise<void> {
  const started = Date.now();
  try {
    await fn();
    passed++;
    log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (err) {
    failed++;
    log(`✗ ${name}: ${(err as Error).stack ?? String(err)}`);
  }
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => {
    if (!(k in values)) throw new Error(`no value for {{${k}}}`);
    return String(values[k]);
  });
}

function postgresIds(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(spawnSync("id", [flag, "postgres"], { encoding: "utf8" }).stdout.trim());
  return { uid: id("-u"), gid: id("-g") };
}

function start(
  name: string,
  cmd: string,
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; uid?: number; gid?: number } = {},
) {
  const out = fs.openSync(path.join(tmp, `${name}.log`), "a");
  const child = spawn(cmd, args, {
    cwd: ROOT,
    stdio: ["ignore", out, out],
    env: opts.env ?? process.env,
    uid: opts.uid,
    gid: opts.gid,
  });
  fs.closeSync(out);
  children.set(name, child);
  child.on("exit", () => children.delete(name));
  return child;
}

function logOf(name: string): string {
  const file = path.join(tmp, `${name}.log`);
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
}

function requireTool(tool: string) {
  if (spawnSync("sh", ["-c", `command -v ${tool}`]).status !== 0) {
    throw new Error(`${tool} is not installed (apt-get install -y haproxy pgbouncer; .ci/run does)`);
  }
}

async function cleanup() {
  for (const [, child] of children) child.kill("SIGTERM");
  const deadline = Date.now() + 8000;
  while (children.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  for (const [, child] of children) child.kill("SIGKILL");
  await postgres?.stop();
  postgres = null;
  if (failed) log(`logs kept in ${tmp}`);
  else fs.rmSync(tmp, { recursive: true, force: true });
}

async function healthy(url: string, timeoutMs: number) {
  await waitFor(`${url}/api/health`, timeoutMs, async () => (await fetch(`${url}/api/health`)).status === 200);
}

async function main() {
  requireTool("haproxy");
  requireTool("pgbouncer");
  const ids = postgresIds();
  fs.chmodSync(tmp, 0o755);
  if (ids.uid !== undefined) fs.chownSync(tmp, ids.uid, ids.gid!);

  // 1. Postgres, a fresh database, PgBouncer in front of it.
  postgres = await startEmbeddedPostgres(path.join(ROOT, ".data", "scale-pg"));
  const pgPort = Number(new URL(postgres.baseUrl).port);
  const directUrl = urlFor(postgres.baseUrl, DATABASE);
  await freshDatabase(postgres.baseUrl, DATABASE);
  fs.writeFileSync(path.join(tmp, "userlist.txt"), `"postgres" "postgres"\n`, { mode: 0o644 });
  const pgbouncerIni = path.join(tmp, "pgbouncer.ini");
  const iniTemplate = fs.readFileSync(path.join(import.meta.dirname, "pgbouncer.ini"), "utf8");
  fs.writeFileSync(pgbouncerIni, fill(iniTemplate, { DATABASE, PG_PORT: pgPort, PGBOUNCER_PORT, DIR: tmp }));
  start("pgbouncer", "pgbouncer", [pgbouncerIni], ids);
  const pooledUrl = `postgresql://postgres:postgres@127.0.0.1:${PGBOUNCER_PORT}/${DATABASE}`;
  await waitFor("pgbouncer", 15_000, async () => {
    const c = new pg.Client({ connectionString: pooledUrl });
    await c.connect();
    await c.query("SELECT 1");
    await c.end();
    return true;
  });
  log(`postgres :${pgPort}, pgbouncer :${PGBOUNCER_PORT} (transaction pooling)`);

  const appEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: pooledUrl,
    DIRECT_DATABASE_URL: directUrl,
    NEXTAUTH_URL: BASE,
    NEXTAUTH_SECRET: SECRET,
    TRUST_PROXY: "1",
    SEED_DEMO: "force",
    QUIZ_SWEEP_SECONDS: "1",
    // Every request comes from 127.0.0.1, as in e2e; the per-account budget stays at its default.
    SIGNIN_MAX_FAILURES_PER_IP: "1000",
    SIGNUP_MAX_PER_IP: "1000",
  };
  // Migrate (direct URL: session advisory lock) and seed (through the pooler), as an operator would.
  const seeded = spawnSync(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/db.ts", "seed"],
    {
      cwd: ROOT,
      env: appEnv,
      encoding: "utf8",
    },
  );
  if (seeded.status !== 0) throw new Error(`db seed failed:\n${seeded.stdout}\n${seeded.stderr}`);
  log("migrated through DIRECT_DATABASE_URL, seeded through PgBouncer");

  // 2. One build, two instances, the balancer.
  if (process.env.SCALE_REUSE_BUILD === "1" && fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    log("reusing the existing .next build (SCALE_REUSE_BUILD=1)");
  } else {
    log("next build …");
    const built = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
      encoding: "utf8",
    });
    if (built.status !== 0)
      throw new Error(`next build failed:\n${built.stdout.slice(-4000)}\n${built.stderr.slice(-4000)}`);
  }
  const startInstance = (name: string, port: number) =>
    start(name, process.execPath, ["scripts/next-server.mjs", "start", String(port)], {
      env: { ...appEnv, PORT: String(port) },
    });
  startInstance("app1", PORT_A);
  startInstance("app2", PORT_B);
  const cfgTemplate = fs.readFileSync(path.join(import.meta.dirname, "haproxy.cfg"), "utf8");
  const stats = STATS_PORT
    ? `\nlisten stats\n    bind 127.0.0.1:${STATS_PORT}\n    stats enable\n    stats uri /\n`
    : "";
  const haproxyCfg = path.join(tmp, "haproxy.cfg");
  fs.writeFileSync(haproxyCfg, fill(cfgTemplate, { HAPROXY_PORT, PORT_A, PORT_B, STATS: stats }));
  const checked = spawnSync("haproxy", ["-c", "-f", haproxyCfg], { encoding: "utf8" });
  if (checked.status !== 0) throw new Error(`haproxy config rejected:\n${checked.stdout}${checked.stderr}`);
  start("haproxy", "haproxy", ["-db", "-f", haproxyCfg]);
  await Promise.all([healthy(`http://127.0.0.1:${PORT_A}`, 180_000), healthy(`http://127.0.0.1:${PORT_B}`, 180_000)]);
  // Both up in HAProxy's eyes too (rise 2 × inter 1 s): two answers from two instances.
  await waitFor("both instances behind haproxy", 20_000, async () => {
    const served = new Set<string>();
    for (let i = 0; i < 4; i++)
      served.add((await fetch(`${BASE}/api/health`)).headers.get("x-layerwise-instance") ?? "");
    return served.has("app1") && served.has("app2");
  });
  log(`instances :${PORT_A} and :${PORT_B} behind haproxy ${BASE}`);

  const db = new pg.Pool({ connectionString: directUrl, max: 4 });
  const passwordHash = await hashPassword("scale-learner-password");
  const makeLearners = async (n: number, tag: string): Promise<Learner[]> => {
    const out: Learner[] = [];
    for (let i = 0; i < n; i++) {
      const id = `scale${tag}${i}${crypto.randomBytes(4).toString("hex")}`;
      const email = `${id}@scale.test`;
      await db.query(
        `INSERT INTO "User" (id, email, name, role, "passwordHash", "onboardedAt", "updatedAt") VALUES ($1, $2, $1, 'LEARNER', $3, now(), now())`,
        [id, email, passwordHash],
      );
      await db.query(
        `INSERT INTO "DeckEnrollment" ("userId", "deckId") SELECT $1, id FROM "Deck" WHERE status = 'PUBLISHED' ON CONFLICT DO NOTHING`,
        [id],
      );
      out.push({ id, email, password: "scale-learner-password", cookie: "" });
    }
    await Promise.all(out.map(async (l) => (l.cookie = await signIn(BASE, l.email, l.password))));
    return out;
  };

  try {
    // 3. The e2e specs through the balancer.
    await check("study and quiz e2e specs through haproxy", async () => {
      const urlFile = path.join(tmp, "e2e-database-url");
      fs.writeFileSync(urlFile, directUrl);
      const e2e = spawnSync(
        process.execPath,
        ["node_modules/@playwright/test/cli.js", "test", "--config", "tests/scale/playwright.config.ts"],
        { cwd: ROOT, env: { ...process.env, E2E_PORT: String(HAPROXY_PORT), E2E_URL_FILE: urlFile }, stdio: "inherit" },
      );
      if (e2e.status !== 0) throw new Error(`playwright exited ${e2e.status}`);
    });

    // 4. Cross-instance behaviour.
    const { crossInstanceChecks } = await import("./cross-instance");
    await crossInstanceChecks({ base: BASE, ports: [PORT_A, PORT_B], db, makeLearners, check, logOf });

    // 5. Load through the balancer, one instance killed under it.
    await check("load through haproxy, one instance SIGKILLed: nothing lost, nothing doubled", async () => {
      const learners = await makeLearners(20, "load");
      const r = await runLoadAndKill({
        base: BASE,
        db,
        learners,
        seconds: 15,
        killAtMs: 5000,
        kill: () => children.get("app2")?.kill("SIGKILL"),
        log,
      });
      log(
        `load: ${r.sent} sent, ${r.ok} acknowledged, ${r.errors.length} errors (${r.errors.map((e) => e.what).join(", ") || "none"}), ` +
          `${r.retried} retried by the client afterwards, ${r.stored} log rows; load average ${os
            .loadavg()
            .map((x) => x.toFixed(1))
            .join(" ")}`,
      );
      const retriedByHaproxy = logOf("haproxy")
        .split("\n")
        .filter((line) => / \+\d+ /.test(line) || /\/app\d+ .*\+/.test(line)).length;
      log(`haproxy log lines with a redispatch/retry mark: ${retriedByHaproxy}`);
    });
    await db.end();
  } finally {
    const sweepErrors = (logOf("app1") + logOf("app2")).match(
      /(?:quiz sweep failed|quiz-(?:sweep|expiry) job \S+.* failed on try).*/g,
    );
    if (sweepErrors) log(`instance logs report: ${sweepErrors.slice(0, 3).join(" | ")}`);
  }
}

// Interrupted (Ctrl-C, a CI timeout): stop the children and Postgres rather than leave them running.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping`);
    failed++;
    void cleanup().finally(() => process.exit(1));
  });
}

const startedAt = Date.now();
let exitCode = 0;
try {
  await main();
} catch (err) {
  failed++;
  log(`setup failed: ${(err as Error).stack ?? String(err)}`);
}
await cleanup();
log(`finished in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
console.log(`scale: ${passed} passed, ${failed} failed`);
if (failed) exitCode = 1;
process.exit(exitCode);
