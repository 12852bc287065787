import path from "node:path";
import { defineConfig } from "vitest/config";
import base from "../../vitest.config";

// Both projects of vitest.config.ts, narrowed to the tests written for the database-backed
// modules: a run over every integration file per mutant (a database per file, the sign-in
// limit tests fire 150 parallel requests) timed out in Stryker's initial run on 2 shared cores.
// MUTATION_TESTS (comma-separated globs) narrows it further; a glob ending in .int.test.ts goes
// to the integration project (real Postgres), any other to the unit project.
const MUTATION_TESTS = process.env.MUTATION_TESTS?.split(",") ?? [
  "tests/integration/srs/**/*.int.test.ts",
  "tests/integration/quiz/**/*.int.test.ts",
  "tests/integration/foundation/sign-in-limits.int.test.ts",
  "tests/integration/foundation/sign-in-windows.int.test.ts",
  "tests/unit/attempt-budget.test.ts",
  "tests/unit/client-ip.test.ts",
];
const isIntegration = (glob: string) => glob.endsWith(".int.test.ts");
const root = path.resolve(import.meta.dirname, "../..");
const projects = (base.test?.projects ?? []) as Array<{ test?: { name?: string } }>;

export default defineConfig({
  ...base,
  root,
  test: {
    ...base.test,
    projects: projects
      .map((p) => {
        const integration = p.test?.name === "integration";
        const include = MUTATION_TESTS.filter((g) => isIntegration(g) === integration);
        return { ...p, test: { ...p.test, include } };
      })
      .filter((p) => p.test.include.length > 0),
  },
});
