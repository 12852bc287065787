import pg from "pg";
import { startEmbeddedPostgres, urlFor, type EmbeddedServer } from "./embedded";
import { databaseUrl } from "@/lib/env";
import { migrate } from "./migrate";

/**
 * One code path for every entry point (dev, start, db scripts): use DATABASE_URL when set,
 * otherwise an embedded Postgres; make sure the database exists; apply migrations.
 */
export interface PreparedDatabase {
  url: string;
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
  let server: EmbeddedServer | null = null;
  if (url) {
    // An external server: create the database when it is missing and we are allowed to.
    const name = decodeURIComponent(new URL(url).pathname.slice(1));
    if (name) {
      await createDatabaseIfMissing(urlFor(url, "postgres"), name).catch((err: unknown) =>
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
  }
  const applied = await migrate(url);
  log(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");
  return { url, server, applied };
}
