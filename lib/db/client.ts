import { PrismaPg } from "@prisma/adapter-pg";
import { readReplicas } from "@prisma/extension-read-replicas";
import pg from "pg";
import { databaseUrl, replicaUrls, scriptEnv } from "@/lib/env";
import { observePool } from "@/lib/observability/core.mjs";
import { PrismaClient } from "./generated/client";

/**
 * The one Prisma client of a process (cached on globalThis so dev hot reloads reuse it).
 * DATABASE_URL is set by scripts/serve.ts and scripts/db.ts (embedded Postgres) or by
 * the operator; tests point it at their own database before the first query.
 */
function createClient(connectionString = databaseUrl(), role: "primary" | "replica" = "primary"): PrismaClient {
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or `npm start`, which provide one");
  }
  // Our own pool, so /api/metrics can read its gauges; $disconnect() still ends it.
  const pool = new pg.Pool({ connectionString, max: scriptEnv().DATABASE_POOL_SIZE });
  if (role === "primary") observePool(pool);
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  return new PrismaClient({ adapter });
}

/**
 * Reads that may lag the primary by a replication delay — progress charts, quiz statistics, the
 * calibration page — go to a read replica when DATABASE_REPLICA_URL names one (or several,
 * comma-separated; each read picks one at random), through @prisma/extension-read-replicas.
 * Without it they go to the primary. The study loop, quiz taking and every write stay on `db`.
 */
export type LagDb = Omit<PrismaClient, "$transaction" | "$executeRaw" | "$executeRawUnsafe">;

type Replicated = { $replica(): unknown; $disconnect(): Promise<void> };

function createReplicated(primary: PrismaClient): Replicated | null {
  const urls = replicaUrls();
  if (urls.length === 0) return null;
  return primary.$extends(readReplicas({ replicas: urls.map((url) => createClient(url, "replica")) }));
}

const globalForDb = globalThis as unknown as { layerwiseDb?: PrismaClient; layerwiseReplicated?: Replicated | null };

function lazy<T extends object>(get: () => T): T {
  return new Proxy({} as T, {
    get(_target, prop) {
      const client = get();
      const value: unknown = Reflect.get(client, prop);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(client) : value;
    },
  });
}

const primary = () => (globalForDb.layerwiseDb ??= createClient());

export const db: PrismaClient = lazy(primary);

/**
 * Lag-tolerant reads (see LagDb): each use picks a replica (`$replica()` also routes raw
 * queries, which the extension otherwise sends to the primary). Read-only: a write here fails
 * on a replica.
 */
export const lagDb: LagDb = lazy(() => {
  if (globalForDb.layerwiseReplicated === undefined) globalForDb.layerwiseReplicated = createReplicated(primary());
  return (globalForDb.layerwiseReplicated?.$replica() ?? primary()) as LagDb;
});

/** Closes the replica pools (and the primary's), for tests and scripts that end the process. */
export async function disconnectReplicas(): Promise<void> {
  const replicated = globalForDb.layerwiseReplicated;
  delete globalForDb.layerwiseReplicated;
  await replicated?.$disconnect();
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export { Prisma } from "./generated/client";
