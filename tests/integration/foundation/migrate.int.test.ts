import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { urlFor } from "@/lib/db/embedded";
import { migrate, MigrationError, readMigrations } from "@/lib/db/migrate";

// Each case migrates its own empty database from its own migrations folder.
const serverUrl = process.env.DATABASE_URL!;
const created: string[] = [];
async function emptyDatabase(): Promise<string> {
  const name = `layerwise_test_mig_${crypto.randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: urlFor(serverUrl, "postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  created.push(name);
  return urlFor(serverUrl, name);
}
function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lw-mig-"));
  for (const [name, sql] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}
async function rows(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const r = await c.query(`SELECT * FROM "_prisma_migrations" ORDER BY started_at`);
  await c.end();
  return r.rows;
}
afterAll(async () => {
  const admin = new pg.Client({ connectionString: urlFor(serverUrl, "postgres") });
  await admin.connect();
  for (const name of created) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});

describe("migrator", () => {
  it("applies migrations in order and records them as prisma migrate deploy does", async () => {
    const url = await emptyDatabase();
    const dir = folder({
      "20260101000000_a": `CREATE TABLE "A" (id int);`,
      "20260102000000_b": `ALTER TABLE "A" ADD COLUMN name text;`,
    });
    expect(await migrate(url, dir)).toEqual(["20260101000000_a", "20260102000000_b"]);
    const recorded = await rows(url);
    expect(recorded.map((r) => r.migration_name)).toEqual(["20260101000000_a", "20260102000000_b"]);
    for (const [i, r] of recorded.entries()) {
      expect(r.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(r.checksum).toBe(readMigrations(dir)[i].checksum);
      expect(r.checksum).toBe(
        crypto
          .createHash("sha256")
          .update(fs.readFileSync(path.join(dir, r.migration_name, "migration.sql")))
          .digest("hex"),
      );
      expect(r.finished_at).toBeInstanceOf(Date);
      expect(r.applied_steps_count).toBe(1);
      expect(r.rolled_back_at).toBeNull();
      expect(r.logs).toBeNull();
    }
    expect(await migrate(url, dir)).toEqual([]); // up to date
  });

  it("refuses to run when an applied migration's file has changed", async () => {
    const url = await emptyDatabase();
    const dir = folder({ "20260101000000_a": `CREATE TABLE "A" (id int);` });
    await migrate(url, dir);
    fs.writeFileSync(path.join(dir, "20260101000000_a", "migration.sql"), `CREATE TABLE "A" (id bigint);`);
    await expect(migrate(url, dir)).rejects.toThrow(/was modified after it was applied/);
  });

  it("rolls back a failing migration, records the failure, and refuses later runs until resolved", async () => {
    const url = await emptyDatabase();
    const dir = folder({
      "20260101000000_a": `CREATE TABLE "A" (id int);`,
      "20260102000000_bad": `CREATE TABLE "B" (id int); SELECT no_such_function();`,
    });
    await expect(migrate(url, dir)).rejects.toBeInstanceOf(MigrationError);
    const recorded = await rows(url);
    const bad = recorded.find((r) => r.migration_name === "20260102000000_bad");
    expect(bad.finished_at).toBeNull();
    expect(bad.logs).toMatch(/no_such_function/);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    expect((await c.query(`SELECT to_regclass('"B"') AS t`)).rows[0].t).toBeNull(); // nothing half-written
    await c.end();
    await expect(migrate(url, dir)).rejects.toThrow(/failed earlier/);
  });

  it("stops when an applied migration is missing from the folder", async () => {
    const url = await emptyDatabase();
    await migrate(url, folder({ "20260101000000_a": `CREATE TABLE "A" (id int);` }));
    await expect(migrate(url, folder({}))).rejects.toThrow(/missing/);
  });
});
