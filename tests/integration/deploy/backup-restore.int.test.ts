import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseIfMissing } from "@/lib/db/bootstrap";
import { startEmbeddedPostgres, urlFor, type EmbeddedServer } from "@/lib/db/embedded";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/db/generated/client";
import { seed } from "@/prisma/seed";

/**
 * docs/DEPLOY.md's backup and restore, as an operator runs them: scripts/backup.sh dumps a
 * migrated, seeded database; scripts/restore.sh loads it into a fresh one; every table must
 * come back with the same rows (count and a checksum over the rows' text).
 *
 * pg_dump refuses a server newer than itself, and the embedded server (18) is newer than
 * Debian's client (15), so this file runs its own cluster from the same PostgreSQL build as
 * the pg_dump it uses: $PG_BIN, else the newest /usr/lib/postgresql/<major>/bin.
 */
const root = path.resolve(import.meta.dirname, "../../..");
const work = path.join(root, ".data", "backup-test");

function pgBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = "/usr/lib/postgresql";
  const majors = fs.existsSync(base) ? fs.readdirSync(base).filter((d) => /^\d+$/.test(d)) : [];
  const bin = majors
    .sort((a, b) => Number(b) - Number(a))
    .map((m) => path.join(base, m, "bin"))
    .find((d) => ["pg_dump", "pg_restore", "psql", "initdb", "pg_ctl"].every((t) => fs.existsSync(path.join(d, t))));
  if (!bin) throw new Error("no PostgreSQL server + client build found: apt-get install postgresql, or set PG_BIN");
  return bin;
}

const PG_BIN = pgBin();
let server: EmbeddedServer;
let source: string;

async function tableStats(url: string): Promise<Record<string, { rows: number; md5: string }>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    const out: Record<string, { rows: number; md5: string }> = {};
    for (const { tablename } of tables) {
      const q = `"${tablename.replace(/"/g, '""')}"`;
      const { rows } = await client.query<{ n: string; md5: string }>(
        `SELECT count(*) AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM ${q} t`,
      );
      out[tablename] = { rows: Number(rows[0].n), md5: rows[0].md5 };
    }
    return out;
  } finally {
    await client.end();
  }
}

const run = (script: string, args: string[]) =>
  spawnSync(path.join(root, "scripts", script), args, {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, PG_BIN, DATABASE_URL: "" },
  });

beforeAll(async () => {
  fs.rmSync(work, { recursive: true, force: true });
  server = await startEmbeddedPostgres(path.join(work, "pg"), { binDir: PG_BIN });
  source = urlFor(server.baseUrl, "layerwise_backup_source");
  await createDatabaseIfMissing(server.baseUrl, "layerwise_backup_source");
  await migrate(source);
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: source }) });
  try {
    await seed(db, { demo: true, log: () => {} });
  } finally {
    await db.$disconnect();
  }
}, 240_000);

afterAll(async () => {
  await server?.stop();
  fs.rmSync(work, { recursive: true, force: true });
});

describe("backup and restore (scripts/backup.sh, scripts/restore.sh)", () => {
  it("a restored dump has every table with the same rows as the database it came from", async () => {
    const file = path.join(work, "backups", "layerwise.dump");
    const dumped = run("backup.sh", [source, file]);
    expect(dumped.stderr).toBe("");
    expect(dumped.status).toBe(0);
    expect(dumped.stdout.trim()).toBe(file);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);

    await createDatabaseIfMissing(server.baseUrl, "layerwise_backup_restored");
    const target = urlFor(server.baseUrl, "layerwise_backup_restored");
    const restored = run("restore.sh", [file, target]);
    expect(restored.stderr).toBe("");
    expect(restored.status).toBe(0);

    const before = await tableStats(source);
    const after = await tableStats(target);
    // Seeded content is really there: users, decks, questions, and the migration history.
    expect(before.User.rows).toBeGreaterThanOrEqual(3);
    expect(before.Question.rows).toBeGreaterThanOrEqual(283);
    expect(before._prisma_migrations.rows).toBe(readMigrations().length);
    expect(after).toEqual(before);
    // A restored database is one the migrator considers up to date.
    expect(await migrate(target)).toEqual([]);
  });

  it("refuses to restore over a database that already has tables, and changes nothing", async () => {
    const file = path.join(work, "backups", "again.dump");
    expect(run("backup.sh", [source, file]).status).toBe(0);
    const before = await tableStats(source);
    const res = run("restore.sh", [file, source]);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/already has \d+ tables; restore into a new, empty database/);
    expect(await tableStats(source)).toEqual(before);
  });

  it("says what is missing instead of failing inside pg_dump", () => {
    const noUrl = run("backup.sh", []);
    expect(noUrl.status).toBe(2);
    expect(noUrl.stderr).toContain("no database: pass a URL or set DATABASE_URL");
    const noFile = run("restore.sh", [path.join(work, "missing.dump"), source]);
    expect(noFile.status).toBe(2);
    expect(noFile.stderr).toContain("no such file");
  });
});

// Keep the helper binaries honest: the pg_dump used is the same major as the server it dumps.
it("the dump tools match the test server's major version", async () => {
  const client = new pg.Client({ connectionString: source });
  await client.connect();
  const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
  await client.end();
  const version = execFileSync(path.join(PG_BIN, "pg_dump"), ["--version"], { encoding: "utf8" });
  expect(version).toContain(`${Math.floor(Number(rows[0].v) / 10000)}.`);
});
