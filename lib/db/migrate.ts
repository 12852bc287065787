import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * Applies prisma/migrations/<name>/migration.sql in name order, each in one transaction,
 * and keeps `_prisma_migrations` exactly as `prisma migrate deploy` does (same table,
 * sha256 checksum of the file, started/finished timestamps, applied_steps_count, failed
 * rows with logs), so `prisma migrate deploy/status` agree wherever the engine exists.
 */
export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

// Prisma's own advisory lock key, so our migrator and `migrate deploy` exclude each other.
const PRISMA_ADVISORY_LOCK = 72707369;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

export class MigrationError extends Error {}

/** Returns the names of the migrations it applied (empty when up to date). */
export async function migrate(databaseUrl: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = readMigrations(dir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
    }>(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`);
    const failed = rows.find((r) => !r.finished_at && !r.rolled_back_at);
    if (failed) {
      throw new MigrationError(
        `migration ${failed.migration_name} failed earlier; fix the database, then mark it rolled back (prisma migrate resolve --rolled-back ${failed.migration_name})`,
      );
    }
    const done = new Map(rows.filter((r) => r.finished_at).map((r) => [r.migration_name, r.checksum]));
    for (const name of done.keys()) {
      const file = files.find((f) => f.name === name);
      if (!file) throw new MigrationError(`migration ${name} is applied to the database but missing from ${dir}`);
      if (file.checksum !== done.get(name)) {
        throw new MigrationError(
          `migration ${name} was modified after it was applied (checksum differs); add a new migration instead`,
        );
      }
    }
    for (const file of files.filter((f) => !done.has(f.name))) {
      const id = crypto.randomUUID();
      try {
        await client.query("BEGIN");
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
          [id, file.checksum, file.name],
        );
        await client.query(file.sql);
        await client.query(
          `UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`,
          [id],
        );
        await client.query("COMMIT");
        applied.push(file.name);
      } catch (err) {
        await client.query("ROLLBACK");
        // Record the failure as Prisma does, so later runs refuse until someone resolves it.
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs, started_at, applied_steps_count) VALUES ($1, $2, $3, $4, now(), 0)`,
          [id, file.checksum, file.name, (err as Error).message],
        );
        throw new MigrationError(`migration ${file.name} failed: ${(err as Error).message}`);
      }
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]).catch(() => {});
    await client.end();
  }
  return applied;
}
