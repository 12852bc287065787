import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, urlFor, type EmbeddedServer } from "./embedded";

/**
 * A hot standby of a running embedded primary, for tests and local trials of the read replica
 * (production uses its provider's replicas or `pg_basebackup`; the embedded binaries ship
 * without it). It is PostgreSQL's low-level base backup: `pg_backup_start` on one session, a copy
 * of the data directory, `pg_backup_stop`'s backup_label written into the copy, then
 * `standby.signal` and `primary_conninfo` — the standby streams WAL from the primary through a
 * physical replication slot, so no WAL it needs is recycled while it catches up.
 * See https://www.postgresql.org/docs/current/continuous-archiving.html#BACKUP-LOWLEVEL-BASE-BACKUP
 */
export async function startStandby(primaryBaseUrl: string, standbyDir: string): Promise<EmbeddedServer> {
  const primaryDir = await dataDirectory(primaryBaseUrl);
  const slot = `standby_${path
    .basename(standbyDir)
    .replace(/[^a-z0-9_]/gi, "_")
    .toLowerCase()}`.slice(0, 60);
  const admin = new pg.Client({ connectionString: urlFor(primaryBaseUrl, "postgres") });
  await admin.connect();
  try {
    await admin.query(
      `SELECT pg_create_physical_replication_slot($1, true) WHERE NOT EXISTS (SELECT 1 FROM pg_replication_slots WHERE slot_name = $1)`,
      [slot],
    );
    await admin.query(`SELECT pg_backup_start($1, true)`, [`layerwise standby ${slot}`]);
    fs.rmSync(standbyDir, { recursive: true, force: true });
    copyDataDir(primaryDir, standbyDir);
    const { rows } = await admin.query<{ labelfile: string }>(`SELECT labelfile FROM pg_backup_stop(true)`);
    fs.writeFileSync(path.join(standbyDir, "backup_label"), rows[0].labelfile);
  } finally {
    await admin.end();
  }
  const u = new URL(primaryBaseUrl);
  const conninfo = `host=${u.hostname} port=${u.port} user=${decodeURIComponent(u.username)} password=${decodeURIComponent(u.password)}`;
  fs.appendFileSync(
    path.join(standbyDir, "postgresql.auto.conf"),
    `\nprimary_conninfo = '${conninfo.replace(/'/g, "''")}'\nprimary_slot_name = '${slot}'\nhot_standby = on\n`,
  );
  fs.writeFileSync(path.join(standbyDir, "standby.signal"), "");
  chownToPostgres(standbyDir);
  return startEmbeddedPostgres(standbyDir);
}

/** Waits until the standby has replayed everything the primary had written when called. */
export async function waitForReplay(primaryUrl: string, standbyUrl: string, timeoutMs = 30_000): Promise<void> {
  const p = new pg.Client({ connectionString: primaryUrl });
  const s = new pg.Client({ connectionString: standbyUrl });
  await Promise.all([p.connect(), s.connect()]);
  try {
    const { rows } = await p.query<{ lsn: string }>(`SELECT pg_current_wal_lsn()::text AS lsn`);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows: r } = await s.query<{ caught: boolean }>(
        `SELECT coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false) AS caught`,
        [rows[0].lsn],
      );
      if (r[0].caught) return;
      if (Date.now() > deadline) throw new Error(`the standby did not replay up to ${rows[0].lsn} in ${timeoutMs} ms`);
      await new Promise((res) => setTimeout(res, 50));
    }
  } finally {
    await Promise.all([p.end(), s.end()]);
  }
}

async function dataDirectory(baseUrl: string): Promise<string> {
  const c = new pg.Client({ connectionString: urlFor(baseUrl, "postgres") });
  await c.connect();
  try {
    const { rows } = await c.query<{ setting: string }>(
      `SELECT setting FROM pg_settings WHERE name = 'data_directory'`,
    );
    return rows[0].setting;
  } finally {
    await c.end();
  }
}

/** The files of a base backup: everything but the server's run-time state and WAL (streamed instead). */
const SKIP = new Set(["postmaster.pid", "postmaster.opts", "server.log", "standby.signal", "backup_label"]);
const EMPTY = new Set([
  "pg_wal",
  "pg_replslot",
  "pg_stat_tmp",
  "pg_dynshmem",
  "pg_notify",
  "pg_serial",
  "pg_snapshots",
  "pg_subtrans",
]);

function copyDataDir(from: string, to: string) {
  fs.mkdirSync(to, { recursive: true, mode: 0o700 });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory() && EMPTY.has(entry.name)) {
      fs.mkdirSync(dst, { mode: 0o700 });
      if (entry.name === "pg_wal") fs.mkdirSync(path.join(dst, "archive_status"), { mode: 0o700 });
      continue;
    }
    // Files may change or vanish while the primary runs; WAL replay from the backup's start makes them consistent.
    fs.cpSync(src, dst, { recursive: true, force: true, errorOnExist: false, filter: (s) => fs.existsSync(s) });
  }
}

function chownToPostgres(dir: string) {
  if (process.getuid?.() !== 0) return;
  execFileSync("chown", ["-R", "postgres:postgres", dir]);
  fs.chmodSync(dir, 0o700);
}
