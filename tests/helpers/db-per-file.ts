import crypto from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { urlFor } from "@/lib/db/embedded";

// Runs before each integration test file: a fresh database cloned from the migrated
// template, set as DATABASE_URL before the file imports lib/db/client.
const serverUrl = inject("pgServerUrl");
const name = `layerwise_test_${crypto.randomBytes(6).toString("hex")}`;
const admin = new pg.Client({ connectionString: urlFor(serverUrl, "postgres") });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}" TEMPLATE "layerwise_test_template"`);
await admin.end();
process.env.DATABASE_URL = urlFor(serverUrl, name);
delete (globalThis as { layerwiseDb?: unknown }).layerwiseDb;

afterAll(async () => {
  const g = globalThis as { layerwiseDb?: { $disconnect(): Promise<void> } };
  await g.layerwiseDb?.$disconnect();
  delete g.layerwiseDb;
});
