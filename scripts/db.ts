/**
 * npm run db:migrate | db:seed | db:reset — against DATABASE_URL, or the embedded
 * Postgres in .data/ when it is unset (started for the command and stopped after).
 */
import pg from "pg";
import { prepareDatabase } from "@/lib/db/bootstrap";
import { migrate } from "@/lib/db/migrate";
import { scriptEnv } from "@/lib/env";
import { demoAllowed, seed } from "@/prisma/seed";

const command = process.argv[2];
if (!["migrate", "seed", "reset"].includes(command)) {
  console.error("usage: tsx scripts/db.ts migrate|seed|reset");
  process.exit(2);
}

const log = (m: string) => console.log(`[db] ${m}`);
const prepared = await prepareDatabase({ log });
try {
  if (command === "reset") {
    if (scriptEnv().NODE_ENV === "production" && scriptEnv().FORCE_RESET !== "1")
      throw new Error("refusing to reset in production (set FORCE_RESET=1)");
    // Both on the direct URL (DIRECT_DATABASE_URL): the migrator takes a session-level lock.
    const client = new pg.Client({ connectionString: prepared.directUrl });
    await client.connect();
    await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    await client.end();
    log("dropped every table");
    await migrate(prepared.directUrl);
    log("migrated");
  }
  if (command === "seed" || command === "reset") {
    process.env.DATABASE_URL = prepared.url;
    const { db } = await import("@/lib/db/client");
    const demo = demoAllowed() || process.argv.includes("--force");
    if (!demo) log("NODE_ENV=production: demo accounts skipped (pass --force to add them)");
    await seed(db, { demo, log });
    await db.$disconnect();
  }
} finally {
  await prepared.server?.stop();
}
