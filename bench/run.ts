/**
 * npm run bench — production build, real (embedded) Postgres, load from this process
 * while `next start` runs in another. Writes docs/BENCHMARKS.md and bench/.out/*.json.
 *
 *   npm run bench            all scenarios
 *   npm run bench -- --quick shorter runs (for a smoke check)
 *   npm run bench -- --only=fsrs  only the FSRS cases (bench/fsrs.ts), in-process, no build
 *   npm run bench -- --only=csv   only the responses CSV download (bench/csv.ts), over HTTP
 *   npm run bench -- --only=quiz  only the two quiz runs (seeded as the full run; writes bench/.out/quiz.json)
 *   BENCH_PORT=3201 npm run bench … the port for next start (default 3200)
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { hashPassword } from "@/lib/auth/password";
import { createDatabaseIfMissing } from "@/lib/db/bootstrap";
import { startEmbeddedPostgres, urlFor } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { BENCH_PASSWORD, seedBench } from "./seed";
import { measureStartCpu, runQuizBench, runReviewBench, runQueueBench, signIn, type Scenario } from "./scenarios";
import { CSV_OWNER_EMAIL, runCsvBench, seedCsvBench, writeCsvReport } from "./csv";
import { explainQueue, runPgBaseline } from "./baseline";
import { writeReport } from "./report";
import { runFsrsBench } from "./fsrs";
import { writeFsrsReport } from "./fsrs-report";

const quick = process.argv.includes("--quick");
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
if (only !== undefined && only !== "fsrs" && only !== "csv" && only !== "quiz")
  throw new Error(`--only=${only}: the case filters are --only=fsrs, --only=csv and --only=quiz`);
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const OUT = path.join(process.cwd(), "bench", ".out");
const log = (m: string) => console.log(`[bench] ${m}`);

let server: ChildProcess | null = null;
const pgServer = await startEmbeddedPostgres(path.join(process.cwd(), ".data", "bench-pg"));
async function cleanup() {
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((r) => server!.once("exit", r));
  }
  await pgServer.stop();
}
/** Builds when there is no build (or --build), then starts `next start` and waits until it is healthy. */
async function startServer(url: string) {
  if (!fs.existsSync(path.join(".next", "BUILD_ID")) || process.argv.includes("--build")) {
    log("building (next build)…");
    const b = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (b.status !== 0) throw new Error("next build failed");
  }
  log("starting next start (a separate process)…");
  server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: url,
      DATABASE_POOL_SIZE: "20",
      NEXTAUTH_URL: BASE,
      NEXTAUTH_SECRET: "bench-only-secret-not-for-production",
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
}
process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));

try {
  const url = urlFor(pgServer.baseUrl, "layerwise_bench");
  await createDatabaseIfMissing(pgServer.baseUrl, "layerwise_bench");
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
  const { db } = await import("@/lib/db/client");
  const { seed } = await import("@/prisma/seed");
  await seed(db, { demo: false, log });
  await seedBench(url, await hashPassword(BENCH_PASSWORD), log);
  await db.$disconnect();

  await startServer(url);
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
  const duration = quick ? 5 : 20;
  const results: Scenario[] = [];
  results.push(await runQueueBench(BASE, url, { connections: 50, duration, log }));
  results.push(await runQueueBench(BASE, url, { connections: 50, duration, rate: 1, log }));
  results.push(await runReviewBench(BASE, url, { connections: 50, duration, log }));
  results.push(await runReviewBench(BASE, url, { connections: 50, duration, rate: 1, log }));
  const quiz = await runQuizzes();
  const baseline = await runPgBaseline(url, { clients: 50, seconds: quick ? 5 : 15, log });
  const explain = await explainQueue(url);
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, "results.json"), JSON.stringify({ results, quiz, baseline, explain }, null, 2));
  writeReport({ results, quiz, baseline, explain, quick });
  log("wrote docs/BENCHMARKS.md");
} finally {
  await cleanup();
}
