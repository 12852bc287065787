import pg from "pg";
import { startEmbeddedPostgres, urlFor, type EmbeddedServer } from "./embedded";
import { databaseUrl, directDatabaseUrl } from "@/lib/env";
import { migrate } from "./migrate";

/**
 * One code path for every entry point (dev, start, db scripts): use DATABASE_URL when set,
 * otherwise an embedded Postgres; make sure the database exists; apply migrations.
 */
export interface PreparedDatabase {
  /** What the app's queries use (DATABASE_URL: possibly a transaction-mode pooler). */
  url: string;
  /** The same database reached directly (DIRECT_DATABASE_URL, else `url`): migrations, resets. */
  directUrl: string;
  server: EmbeddedServer | null;
  applied: string[];
}

export async function createDatabaseIfMissing(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export async function prepareDatabase(
  opts: { database?: string; log?: (m: string) => void } = {},
): Promise<PreparedDatabase> {
  const log = opts.log ?? (() => {});
  let url = databaseUrl();
  let directUrl: string;
  let server: EmbeddedServer | null = null;
  if (url) {
    directUrl = directDatabaseUrl() ?? url;
    // An external server: create the database when it is missing and we are allowed to.
    // Through the direct URL: a pooler's database names are aliases, and CREATE DATABASE is not pooled work.
    const name = decodeURIComponent(new URL(directUrl).pathname.slice(1));
    if (name) {
      await createDatabaseIfMissing(urlFor(directUrl, "postgres"), name).catch((err: unknown) =>
        log(`could not check or create database "${name}" (${(err as Error).message}); assuming it exists`),
      );
    }
  } else {
    server = await startEmbeddedPostgres();
    log(
      server.owned
        ? `started embedded PostgreSQL (${new URL(server.baseUrl).port})`
        : `reusing running embedded PostgreSQL (${new URL(server.baseUrl).port})`,
    );
    const name = opts.database ?? "layerwise";
    await createDatabaseIfMissing(server.baseUrl, name);
    url = urlFor(server.baseUrl, name);
    directUrl = url;
  }
  // The migrator holds a session-level advisory lock: never through a transaction-mode pooler.
  const applied = await migrate(directUrl);
  log(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");
  return { url, directUrl, server, applied };
}
