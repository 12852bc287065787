import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, urlFor } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";

/**
 * Integration tests run on a real Postgres: DATABASE_URL's server when set, otherwise an
 * embedded one in .data/test-pg. A migrated template database is built once per run; each
 * test file then gets its own copy (CREATE DATABASE … TEMPLATE), so files run in parallel.
 */
export const TEMPLATE = "layerwise_test_template";

declare module "vitest" {
  export interface ProvidedContext {
    pgServerUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.DATABASE_URL;
  const server = external
    ? null
    : await startEmbeddedPostgres(
        // Stryker runs from a private sandbox copy the postgres OS user cannot enter, so
        // stryker.integration.config.mjs points this at the worktree's own .data/.
        process.env.LAYERWISE_TEST_PG_DIR ?? path.resolve(import.meta.dirname, "../../.data/test-pg"),
      );
  const serverUrl = external ?? server!.baseUrl;
  const admin = new pg.Client({ connectionString: urlFor(serverUrl, "postgres") });
  await admin.connect();
  const dropTestDatabases = async () => {
    const { rows } = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'layerwise_test_%'",
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  };
  await dropTestDatabases();
  await admin.query(`CREATE DATABASE "${TEMPLATE}"`);
  await migrate(urlFor(serverUrl, TEMPLATE));
  project.provide("pgServerUrl", serverUrl);
  return async () => {
    await dropTestDatabases();
    await admin.end();
    await server?.stop();
  };
}
