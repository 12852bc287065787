import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

const server = { server: true };
const script = { server: false };

describe("parseEnv", () => {
  it("gives the documented defaults for an empty environment", () => {
    const e = parseEnv({}, script);
    expect(e).toMatchObject({
      NODE_ENV: "development",
      PORT: 3000,
      DATABASE_POOL_SIZE: 10,
      QUIZ_SWEEP_SECONDS: 30,
      TRUST_PROXY: "0",
      SIGNIN_WINDOW_SECONDS: 900,
    });
    expect(e.SEED_DEMO).toBeUndefined();
    expect(e.LAYERWISE_DATA_DIR).toBeUndefined();
  });

  it("coerces numbers and keeps good values", () => {
    expect(
      parseEnv({ QUIZ_SWEEP_SECONDS: "5", DATABASE_POOL_SIZE: "20", PORT: "8080", SEED_DEMO: "force" }, script),
    ).toMatchObject({
      QUIZ_SWEEP_SECONDS: 5,
      DATABASE_POOL_SIZE: 20,
      PORT: 8080,
      SEED_DEMO: "force",
    });
  });

  it.each([
    ["QUIZ_SWEEP_SECONDS", "abc"],
    ["QUIZ_SWEEP_SECONDS", "0"],
    ["DATABASE_POOL_SIZE", "-3"],
    ["DATABASE_POOL_SIZE", "ten"],
    ["PORT", "70000"],
    ["SEED_DEMO", "yes"],
    ["FORCE_RESET", "true"],
    ["TRUST_PROXY", "yes"],
    ["NEXTAUTH_URL", "not a url"],
  ])("refuses %s=%s with an error naming the variable", (name, value) => {
    expect(() => parseEnv({ [name]: value }, script)).toThrow(new RegExp(`^Invalid environment: ${name}: `));
  });

  it("refuses a NEXTAUTH_SECRET shorter than 16 characters", () => {
    expect(() => parseEnv({ NEXTAUTH_SECRET: "fifteen-chars!!" }, script)).toThrow(
      "Invalid environment: NEXTAUTH_SECRET: NEXTAUTH_SECRET must be at least 16 characters",
    );
  });

  it("a production server needs NEXTAUTH_SECRET; scripts and the production build do not", () => {
    expect(() => parseEnv({ NODE_ENV: "production" }, server)).toThrow(
      "NEXTAUTH_SECRET: NEXTAUTH_SECRET is required in production",
    );
    expect(parseEnv({ NODE_ENV: "production" }, script).NODE_ENV).toBe("production");
    expect(parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }, server).NODE_ENV).toBe(
      "production",
    );
    expect(parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "a-secret-of-sixteen+" }, server).NODE_ENV).toBe(
      "production",
    );
  });
});

describe("npm start with a bad environment", () => {
  // Before the database or Next starts: nothing to clean up, and no "Ready" followed by 500s.
  it.each([
    ["NEXTAUTH_SECRET", "fifteen-chars!!"],
    ["QUIZ_SWEEP_SECONDS", "abc"],
  ])(
    "exits 1 with one line naming %s",
    (name, value) => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "layerwise-serve-env-"));
      try {
        const r = spawnSync(
          process.execPath,
          ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/serve.ts", "start"],
          {
            env: {
              PATH: process.env.PATH,
              HOME: process.env.HOME,
              NODE_ENV: "production",
              NEXTAUTH_SECRET: "a-good-secret-of-32-characters!!",
              [name]: value,
              LAYERWISE_DATA_DIR: dataDir,
            },
            encoding: "utf8",
            timeout: 20_000,
          },
        );
        expect(r.status).toBe(1);
        const lines = r.stderr.trim().split("\n");
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(new RegExp(`^\\[layerwise\\] Invalid environment: ${name}: `));
        expect(fs.readdirSync(dataDir)).toEqual([]); // no embedded Postgres was started
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
    30_000,
  );
});
