/**
 * npm run bench — production build, real (embedded) Postgres, load from this process
 * while the production server (scripts/next-server.mjs, as `npm start` runs it) runs in another. Writes docs/BENCHMARKS.md and bench/.out/*.json.
 *
 *   npm run bench            every #14 case in one run: the study API and its fair limit, the three quiz
 *                            runs, the queue's plan, first-load JavaScript, the CPU profiles, the scaling curve
 *                            (FSRS and the CSV download run only with their --only)
 *   npm run bench -- --quick shorter runs (for a smoke check)
 *   npm run bench -- --only=fsrs  only the FSRS cases (bench/fsrs.ts), in-process, no build
 *   npm run bench -- --only=csv   only the responses CSV download (bench/csv.ts), over HTTP
 *   npm run bench -- --only=scale only the scaling curve, 1k / 10k / 100k learners (bench/scale.ts), over HTTP
 *   npm run bench -- --only=study the study API and its fair limit (pgbench + pg loop), no quiz
 *   npm run bench -- --only=profile  queue fetch and review submit saturated under `node --cpu-prof`
 *   npm run bench -- --only=pages only the first-load JavaScript per page (bench/pages.ts), Chromium
 *   npm run bench -- --only=quiz  only the three quiz runs and CPU per start (seeded as the full run; bench/.out/quiz.json)
 *   BENCH_PORT=3201 npm run bench … the port for the server (default 3200)
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { hashPassword } from "@/lib/auth/password";
import { createDatabaseIfMissing } from "@/lib/db/bootstrap";
import { startEmbeddedPostgres, urlFor } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { BENCH, BENCH_PASSWORD, seedBench } from "./seed";
import { measureStartCpu, runQuizBench, runReviewBench, runQueueBench, signIn, type Scenario } from "./scenarios";
import { CSV_OWNER_EMAIL, runCsvBench, seedCsvBench, writeCsvReport } from "./csv";
import { explainQueue, runFairLimit } from "./baseline";
import { writeProfileReport, writeReport, writeStudyReport } from "./report";
import { aggregateProfile, newestProfile } from "./profile";
import { runFsrsBench } from "./fsrs";
import { writeFsrsReport } from "./fsrs-report";
import { runScaleBench, writeScaleReport } from "./scale";
import { runPagesBench, writePagesReport } from "./pages";

const quick = process.argv.includes("--quick");
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
const ONLY = ["fsrs", "csv", "study", "profile", "scale", "pages", "quiz"];
if (only !== undefined && !ONLY.includes(only))
  throw new Error(`--only=${only}: the case filters are ${ONLY.map((o) => `--only=${o}`).join(", ")}`);
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const OUT = path.join(process.cwd(), "bench", ".out");
const log = (m: string) => console.log(`[bench] ${m}`);

let server: ChildProcess | null = null;
const PG_DATA = path.join(process.cwd(), ".data", "bench-pg");
const SECRET = "bench-only-secret-not-for-production";
const pgServer = await startEmbeddedPostgres(PG_DATA);
async function cleanup() {
  await stopServer();
  await pgServer.stop();
}
/**
 * Builds when there is no build (or --build), then starts the production server and waits until it is healthy.
 * `nodeArgs` go on node's command line (`--cpu-prof` is refused in NODE_OPTIONS).
 */
let built = false; // --build builds once per run, not at every restart
async function startServer(url: string, nodeArgs: string[] = []) {
  if (!fs.existsSync(path.join(".next", "BUILD_ID")) || (process.argv.includes("--build") && !built)) {
    built = true;
    log("building (next build)…");
    const b = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (b.status !== 0) throw new Error("next build failed");
  }
  // The production server npm start runs (peer address, request ids, metrics, the malformed-path
  // route), not `next start`: the numbers are the ones users get.
  log("starting the production server, scripts/next-server.mjs (a separate process)…");
  server = spawn(process.execPath, [...nodeArgs, "scripts/next-server.mjs", "start", String(PORT)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: url,
      DATABASE_POOL_SIZE: "20",
      NEXTAUTH_URL: BASE,
      NEXTAUTH_SECRET: SECRET,
      NEXT_TELEMETRY_DISABLED: "1",
      SIGNIN_MAX_FAILURES_PER_IP: "100000",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; ; i++) {
    const ok = await fetch(`${BASE}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (i > 120) throw new Error("server did not become healthy");
    await new Promise((r) => setTimeout(r, 500));
  }
  return server.pid!;
}
/** The scaling curve (bench/scale.ts): its own databases, the server restarted on each. */
async function scale() {
  const r = await runScaleBench({
    serverUrl: pgServer.baseUrl,
    passwordHash: await hashPassword(BENCH_PASSWORD),
    base: BASE,
    secret: SECRET,
    server: { start: startServer, stop: stopServer },
    pgDataDir: PG_DATA,
    quick,
    log,
  });
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, "scale.json"), JSON.stringify(r, null, 2));
  writeScaleReport(r);
  log("wrote the scaling section of docs/BENCHMARKS.md");
}
async function stopServer() {
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((r) => server!.once("exit", r));
  }
  server = null;
}
/**
 * Where the server's CPU goes: one server per path under `--cpu-prof`, saturated, so each
 * profile holds one kind of request; only the load's window is counted (bench/profile.ts).
 */
async function profile(url: string, duration: number) {
  const profiles = [];
  for (const [name, run] of [
    ["queue fetch", runQueueBench],
    ["review submit", runReviewBench],
  ] as const) {
    const dir = path.join(OUT, "profile", name.replace(" ", "-"));
    fs.rmSync(dir, { recursive: true, force: true });
    await startServer(url, ["--cpu-prof", `--cpu-prof-dir=${dir}`]);
    const s = await run(BASE, url, { connections: 50, duration, serverPid: server!.pid, log });
    await stopServer();
    profiles.push({ name, scenario: s, table: aggregateProfile(newestProfile(dir), s.window) });
  }
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, "profile.json"), JSON.stringify(profiles, null, 2));
  writeProfileReport(profiles);
  log("wrote the profile section of docs/BENCHMARKS.md");
}
process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));

try {
  // The pages case browses the demo data (its own database: the load data has no demo accounts).
  const dbName = only === "pages" ? "layerwise_bench_pages" : "layerwise_bench";
  const url = urlFor(pgServer.baseUrl, dbName);
  await createDatabaseIfMissing(pgServer.baseUrl, dbName);
  await migrate(url);
  process.env.DATABASE_URL = url;
  if (only === "fsrs") {
    const fsrs = await runFsrsBench(url, log);
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(path.join(OUT, "fsrs.json"), JSON.stringify(fsrs, null, 2));
    writeFsrsReport(fsrs);
    log("wrote the FSRS section of docs/BENCHMARKS.md");
    const { db } = await import("@/lib/db/client");
    await db.$disconnect();
    await cleanup();
    process.exit(0);
  }
  if (only === "csv") {
    await seedCsvBench(url, await hashPassword(BENCH_PASSWORD), log);
    await startServer(url);
    const csv = await runCsvBench(BASE, await signIn(BASE, CSV_OWNER_EMAIL), log);
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(path.join(OUT, "csv.json"), JSON.stringify(csv, null, 2));
    writeCsvReport(csv);
    log("wrote the CSV section of docs/BENCHMARKS.md");
    await cleanup();
    process.exit(0);
  }
  if (only === "scale") {
    await scale();
    await cleanup();
    process.exit(0);
  }
  if (only === "pages") {
    const { db } = await import("@/lib/db/client");
    const { seed } = await import("@/prisma/seed");
    await seed(db, { demo: true, log });
    await db.$disconnect();
    await startServer(url);
    const pages = await runPagesBench(url, BASE, log);
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(path.join(OUT, "pages.json"), JSON.stringify(pages, null, 2));
    writePagesReport(pages);
    log("wrote the first-load JavaScript section of docs/BENCHMARKS.md");
    await cleanup();
    process.exit(0);
  }
  const { db } = await import("@/lib/db/client");
  const { seed } = await import("@/prisma/seed");
  // The demo accounts are what the first-load JavaScript case (bench/pages.ts) browses as.
  await seed(db, { demo: true, log });
  await seedBench(url, await hashPassword(BENCH_PASSWORD), log);
  await db.$disconnect();

  const duration = quick ? 5 : 20;
  if (only === "profile") {
    await profile(url, duration);
    await cleanup();
    process.exit(0);
  }
  await startServer(url);
  const pid = server!.pid;
  const learners = quick ? 50 : 200;
  const runQuizzes = async () => [
    await runQuizBench(BASE, url, { learners, autosaves: 10, firstLearner: 301, server: server!.pid!, log }),
    await runQuizBench(BASE, url, {
      learners,
      autosaves: 10,
      firstLearner: 501,
      thinkMs: [500, 2500],
      server: server!.pid!,
      log,
    }),
    // The same learners' pace, arriving as a room does when told to begin: within 10 s.
    await runQuizBench(BASE, url, {
      learners,
      autosaves: 10,
      firstLearner: 701,
      thinkMs: [500, 2500],
      arrivalMs: 10_000,
      server: server!.pid!,
      log,
    }),
  ];
  if (only === "quiz") {
    const quiz = await runQuizzes();
    const startCpu = await measureStartCpu(BASE, url, { learners: 50, firstLearner: 701, server: server!.pid!, log });
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(path.join(OUT, "quiz.json"), JSON.stringify({ quiz, startCpu }, null, 2));
    for (const q of quiz) log(`${q.name}: ${JSON.stringify(q.calls)} cpu ${JSON.stringify(q.serverCpu)}`);
    log(`start CPU: ${JSON.stringify(startCpu)}`);
    log("wrote bench/.out/quiz.json (docs/BENCHMARKS.md is written by the full run only)");
    await cleanup();
    process.exit(0);
  }
  const results: Scenario[] = [];
  results.push(await runQueueBench(BASE, url, { connections: 50, duration, serverPid: pid, log }));
  results.push(await runQueueBench(BASE, url, { connections: 50, duration, rate: 1, serverPid: pid, log }));
  results.push(await runReviewBench(BASE, url, { connections: 50, duration, serverPid: pid, log }));
  results.push(await runReviewBench(BASE, url, { connections: 50, duration, rate: 1, serverPid: pid, log }));
  // The fair limit: the statements the app just sent, replayed straight on Postgres, in this same run.
  const fair = await runFairLimit(BASE, url, {
    logFile: path.join(process.cwd(), ".data", "bench-pg", "server.log"),
    cookie: await signIn(BASE, "bench-200@bench.local"),
    clients: 50,
    seconds: quick ? 5 : 15,
    cards: BENCH.cards,
    log,
  });
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, "study.json"), JSON.stringify({ results, fair }, null, 2));
  writeStudyReport({ results, fair, quick });
  log("wrote the study section of docs/BENCHMARKS.md");
  if (only === "study") {
    await cleanup();
    process.exit(0);
  }
  const quiz = await runQuizzes();
  const explain = await explainQueue(url);
  fs.writeFileSync(path.join(OUT, "results.json"), JSON.stringify({ results, quiz, fair, explain }, null, 2));
  writeReport({ quiz, explain, quick });
  log("wrote docs/BENCHMARKS.md");
  const pages = await runPagesBench(url, BASE, log);
  fs.writeFileSync(path.join(OUT, "pages.json"), JSON.stringify(pages, null, 2));
  writePagesReport(pages);
  log("wrote the first-load JavaScript section of docs/BENCHMARKS.md");
  await stopServer();
  await profile(url, duration);
  await scale();
} finally {
  await cleanup();
}
