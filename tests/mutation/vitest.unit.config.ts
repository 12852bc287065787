import path from "node:path";
import { defineConfig } from "vitest/config";
import base from "../../vitest.config";

// Stryker's vitest runner has no project filter, so each mutation run gets a config holding
// one project of vitest.config.ts: the pure modules are tested by the unit project alone,
// and a unit run must not start the embedded Postgres of the integration project.
const root = path.resolve(import.meta.dirname, "../..");
const projects = (base.test?.projects ?? []) as Array<{ test?: { name?: string } }>;

export default defineConfig({
  ...base,
  root,
  test: { ...base.test, projects: projects.filter((p) => p.test?.name === "unit") as never },
});
