import { defineConfig } from "prisma/config";

// The CLI is only used for `prisma generate` (and `prisma db seed`) here; migrations run through
// scripts/db.ts (see docs/DATABASE.md). DATABASE_URL is read when a command needs a database.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx --conditions=react-server prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/layerwise" },
});
