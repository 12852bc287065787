import { defineConfig } from "prisma/config";

// The CLI is only used for `prisma generate` here; migrations run through scripts/db.ts
// (see docs/DATABASE.md). DATABASE_URL is read when a command needs a database.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx scripts/db.ts seed" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/layerwise" },
});
