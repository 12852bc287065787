import crypto from "node:crypto";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { prepareDatabase } from "@/lib/db/bootstrap";
import { urlFor } from "@/lib/db/embedded";
import { readMigrations } from "@/lib/db/migrate";

// Behind PgBouncer in transaction mode DATABASE_URL is the pooler; the migrator's session-level
// advisory lock must go to DIRECT_DATABASE_URL. Port 9 (discard) stands in for a pooler that
// would break the lock: anything sent there fails, so a test passes only if nothing is.
const serverUrl = process.env.DATABASE_URL!;
const saved = { DATABASE_URL: process.env.DATABASE_URL, DIRECT_DATABASE_URL: process.env.DIRECT_DATABASE_URL };
const created: string[] = [];

function restoreEnv() {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) Reflect.deleteProperty(process.env, k);
    else process.env[k] = v;
  }
}
afterEach(restoreEnv);
afterAll(async () => {
  restoreEnv();
  const admin = new pg.Client({ connectionString: urlFor(serverUrl, "postgres") });
  await admin.connect();
  for (const name of created) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});

async function appliedIn(url: string): Promise<string[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const r = await c.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations" ORDER BY 1`);
  await c.end();
  return r.rows.map((x) => x.migration_name);
}

describe("prepareDatabase with DIRECT_DATABASE_URL", () => {
  it("creates and migrates the database through the direct URL, never the pooled one", async () => {
    const name = `layerwise_test_direct_${crypto.randomBytes(4).toString("hex")}`;
    created.push(name);
    process.env.DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:9/${name}`;
    process.env.DIRECT_DATABASE_URL = urlFor(serverUrl, name);

    const prepared = await prepareDatabase();

    const all = readMigrations().map((m) => m.name);
    expect(prepared.applied).toEqual(all);
    expect(prepared.url).toBe(process.env.DATABASE_URL);
    expect(prepared.directUrl).toBe(process.env.DIRECT_DATABASE_URL);
    expect(await appliedIn(prepared.directUrl)).toEqual([...all].sort());
  });

  it("uses DATABASE_URL for both when DIRECT_DATABASE_URL is unset", async () => {
    const name = `layerwise_test_direct_${crypto.randomBytes(4).toString("hex")}`;
    created.push(name);
    process.env.DATABASE_URL = urlFor(serverUrl, name);
    delete process.env.DIRECT_DATABASE_URL;

    const prepared = await prepareDatabase();

    expect(prepared.directUrl).toBe(prepared.url);
    expect(await appliedIn(prepared.url)).toHaveLength(readMigrations().length);
  });
});
