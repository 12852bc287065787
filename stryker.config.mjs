// Mutation testing of the invariants: scheduling (lib/srs), quizzes (lib/quiz), grading and
// redaction (lib/questions) and the sign-in limits (lib/auth). `npm run test:mutation`;
// not part of `npm test` (it runs the suites once per mutant). Scores: docs/TESTING.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.config.ts" },
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: [
    "lib/srs/**/*.ts",
    "lib/quiz/**/*.ts",
    "lib/questions/grading.ts",
    "lib/questions/normalise.ts",
    "lib/questions/redact.ts",
    "lib/auth/rate-limit.ts",
  ],
  coverageAnalysis: "perTest",
  concurrency: 2,
  timeoutMS: 60_000,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 80, low: 60, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
