import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { databaseUrl, scriptEnv } from "@/lib/env";
import { observePool } from "@/lib/observability/core.mjs";
import { PrismaClient } from "./generated/client";

/**
 * The one Prisma client of a process (cached on globalThis so dev hot reloads reuse it).
 * DATABASE_URL is set by scripts/serve.ts and scripts/db.ts (embedded Postgres) or by
 * the operator; tests point it at their own database before the first query.
 */
function createClient(): PrismaClient {
  const connectionString = databaseUrl();
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or `npm start`, which provide one");
  }
  // Our own pool, so /api/metrics can read its gauges; $disconnect() still ends it.
  const pool = new pg.Pool({ connectionString, max: scriptEnv().DATABASE_POOL_SIZE });
  observePool(pool);
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { layerwiseDb?: PrismaClient };

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    globalForDb.layerwiseDb ??= createClient();
    const client = globalForDb.layerwiseDb;
    const value: unknown = Reflect.get(client, prop);
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(client) : value;
  },
});

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export { Prisma } from "./generated/client";
