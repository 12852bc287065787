import base from "../../playwright.config";
import { defineConfig } from "@playwright/test";

/**
 * The study and quiz e2e specs, unchanged, through the HAProxy balancer that tests/scale/run.ts
 * starts (two instances behind it). No webServer and no global teardown: run.ts owns the
 * servers and the database. E2E_PORT (the balancer's port) gives the specs their origin and
 * E2E_URL_FILE the database their helpers write users into.
 */
const PORT = Number(process.env.E2E_PORT ?? 3517);

export default defineConfig({
  ...base,
  testDir: "../e2e",
  testMatch: ["study.spec.ts", "quiz.spec.ts"],
  webServer: undefined,
  globalTeardown: undefined,
  use: { ...base.use, baseURL: `http://localhost:${PORT}` },
});
