// Mutation testing of the invariants: scheduling (lib/srs), quizzes (lib/quiz), grading and
// redaction (lib/questions) and the sign-in limits (lib/auth). `npm run test:mutation`;
// not part of `npm test` (it runs the suites once per mutant). Scores: docs/TESTING.md.
// This file mutates the pure modules against the unit project; stryker.integration.config.mjs
// mutates the database-backed ones against the integration project.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "tests/mutation/vitest.unit.config.ts" },
  checkers: ["typescript"],
  tsconfigFile: "tests/mutation/tsconfig.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: [
    "lib/questions/grading.ts",
    "lib/questions/normalise.ts",
    "lib/questions/redact.ts",
    "lib/questions/display-order.ts",
    "lib/srs/sm2.ts",
    "lib/srs/study-day.ts",
  ],
  // The sandbox is a copy of the repo: never copy databases, builds or earlier reports.
  ignorePatterns: [".data", ".next", "test-results", "playwright-report", "reports", "bench/.out"],
  coverageAnalysis: "perTest",
  concurrency: 2,
  timeoutMS: 60_000,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/unit/index.html" },
  jsonReporter: { fileName: "reports/mutation/unit/mutation.json" },
  thresholds: { high: 80, low: 60, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
