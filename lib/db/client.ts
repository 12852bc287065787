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
  const client = new PrismaClient({ adapter });
  pools.set(client, pool);
  return client;
}

/** Each client's own pg pool (see poolRows). */
const pools = new WeakMap<object, pg.Pool>();

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

/**
 * One statement straight on the primary's pg pool, past Prisma's query pipeline, for the read every
 * signed-in request makes (the session user): there Prisma's own work cost more than the query
 * (docs/BENCHMARKS.md: findUnique 1.5 ms of CPU, the same statement on the pool 0.35 ms). `values`
 * are bound parameters ($1, $2 …); rows come back as pg parses them (timestamptz → Date, enums →
 * strings; select a `timestamp` column `AT TIME ZONE 'UTC'`). A client this module did not create
 * (a test's) is asked through Prisma instead.
 */
export async function poolRows<T>(text: string, values: unknown[]): Promise<T[]> {
  const client = primary();
  const pool = pools.get(client);
  if (!pool) return client.$queryRawUnsafe<T[]>(text, ...values);
  return (await pool.query(text, values)).rows as T[];
}

/** Closes the replica pools (and the primary's), for tests and scripts that end the process. */
export async function disconnectReplicas(): Promise<void> {
  const replicated = globalForDb.layerwiseReplicated;
  delete globalForDb.layerwiseReplicated;
  await replicated?.$disconnect();
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export { Prisma } from "./generated/client";
