// Mutation testing of the database-backed invariants against the integration project (real
// Postgres). Runs after stryker.config.mjs in `npm run test:mutation`. Scores: docs/TESTING.md.
import path from "node:path";
import unit from "./stryker.config.mjs";

// The sandbox (.stryker-tmp/sandbox-*) is created mode 0700, so initdb, running as the
// postgres OS user, cannot create a cluster inside it; the test runners inherit this.
process.env.LAYERWISE_TEST_PG_DIR ??= path.resolve(".data/test-pg-mutation");

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  ...unit,
  // Both projects, narrowed to the tests written for these modules (see the config file);
  // `vitest.related` keeps each mutant's run to the test files that import the mutated file.
  vitest: { configFile: "tests/mutation/vitest.integration.config.ts" },
  // The initial run starts Postgres and builds the template database before any test.
  dryRunTimeoutMinutes: 30,
  mutate: [
    "lib/auth/rate-limit.ts",
    "lib/auth/attempt-budget.ts",
    "lib/srs/reviews.ts",
    "lib/srs/review-writes.ts",
    "lib/srs/undo-review.ts",
    "lib/srs/queue.ts",
    "lib/srs/card-state.ts",
    "lib/srs/pull-forward.ts",
    "lib/srs/stats.ts",
    "lib/srs/schemas.ts",
    "lib/quiz/**/*.ts",
  ],
  // One runner: each run's global setup drops every layerwise_test_* database on the server,
  // so two runners sharing it would drop each other's.
  concurrency: 1,
  htmlReporter: { fileName: "reports/mutation/integration/index.html" },
  jsonReporter: { fileName: "reports/mutation/integration/mutation.json" },
};

export default config;
