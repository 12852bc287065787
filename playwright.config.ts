import { generateKeyPairSync } from "node:crypto";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

/**
 * e2e runs against a production build (`next build` + `npm start`) on its own embedded
 * Postgres in .data/e2e-pg, in Debian's Chromium (Playwright cannot download browsers here).
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATA_DIR = path.resolve(import.meta.dirname, ".data", "e2e-pg");
export const E2E_URL_FILE = path.resolve(import.meta.dirname, ".data", "e2e-database-url");

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  globalTeardown: "./tests/e2e/global-teardown.ts",
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    // `npm test` builds once beside the vitest suites (E2E_REUSE_BUILD=1); alone, e2e builds first.
    command: process.env.E2E_REUSE_BUILD ? "npm start" : "npm run build && npm start",
    url: `http://localhost:${PORT}/api/health`,
    timeout: 900_000,
    reuseExistingServer: !process.env.CI,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      LAYERWISE_DATA_DIR: E2E_DATA_DIR,
      LAYERWISE_URL_FILE: E2E_URL_FILE,
      NEXTAUTH_URL: `http://localhost:${PORT}`,
      NEXTAUTH_SECRET: "e2e-only-secret-not-for-production-use",
      SEED_DEMO: "force",
      // Short quizzes in e2e are real quizzes with small limits; sign-in limit stays on.
      SIGNIN_MAX_FAILURES_PER_IP: "1000",
      SIGNUP_MAX_PER_IP: "1000",
      // The LTI tool's signing key (required in production); a fresh one per run.
      LTI_PRIVATE_KEY: generateKeyPairSync("rsa", { modulusLength: 2048 })
        .privateKey.export({ type: "pkcs8", format: "pem" })
        .toString(),
    },
  },
});
