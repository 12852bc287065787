import path from "node:path";
import { defineConfig } from "vitest/config";
import base from "../../vitest.config";

// Stryker's vitest runner has no project filter, so this config holds the unit project of
// vitest.config.ts alone (a unit run must not start the integration project's Postgres),
// narrowed to the tests written for the mutated modules: the curriculum and GIFT tests also
// import grading and redaction, and loading every deck for each of ~600 mutants made a run
// take over an hour on 2 cores. The score therefore measures these tests, not the content checks.
// MUTATION_TESTS (comma-separated globs) narrows it further for a module-by-module run.
const MUTATION_TESTS = process.env.MUTATION_TESTS?.split(",") ?? [
  "tests/unit/questions/**/*.test.ts",
  "tests/unit/srs/**/*.test.ts",
  "tests/unit/attempt-budget.test.ts",
];
const root = path.resolve(import.meta.dirname, "../..");
const projects = (base.test?.projects ?? []) as Array<{ test?: { name?: string } }>;

export default defineConfig({
  ...base,
  root,
  test: {
    ...base.test,
    projects: projects
      .filter((p) => p.test?.name === "unit")
      .map((p) => ({ ...p, test: { ...p.test, include: MUTATION_TESTS } })),
  },
});
