/**
 * Next.js for `npm run dev` / `npm start` (spawned by scripts/serve.ts), through Next's
 * programmatic API instead of `next dev` / `next start`, so that every request carries
 * the socket's peer address in a header the client cannot set (scripts/peer-header.mjs),
 * a request id (x-request-id, in the request context every log line reads), and is counted
 * and timed per route pattern for /api/metrics (lib/observability/core.mjs).
 * Plain JavaScript, run by node itself: no loader hooks inside Next's process.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";
import { logger, observed, routeLabeller, scanAppRoutes } from "../lib/observability/core.mjs";
import { routeMalformedApiPath } from "./bad-path.mjs";
import { stampPeer } from "./peer-header.mjs";

const dev = process.argv[2] !== "start";
const port = Number(process.argv[3] ?? process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || "localhost";

// A production server runs the build's own config, as .next/standalone/server.js does: the
// container image has no next.config.js, and with it Next would warn that `next start` does not
// serve `output: "standalone"` (it does; the warning is for the CLI).
const built = path.join(process.cwd(), ".next", "required-server-files.json");
if (!dev && fs.existsSync(built))
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG ??= JSON.stringify(JSON.parse(fs.readFileSync(built, "utf8")).config);

const app = next({ dev, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

// Route patterns from app/'s page and route files, read once (a route added in dev is "other" until a restart).
// The container image has no sources: there the build's own tree (.next/server/app) names the same routes.
const sources = path.join(process.cwd(), "app");
const routeOf = routeLabeller(
  scanAppRoutes(fs.existsSync(sources) ? sources : path.join(process.cwd(), ".next", "server", "app")),
);
const serve = observed((req, res) => handle(req, res), routeOf);

const server = http.createServer((req, res) => {
  stampPeer(req);
  routeMalformedApiPath(req);
  serve(req, res);
});
// Like `next start`: all interfaces; HOSTNAME only names the server in URLs and logs.
server.listen(port, () =>
  logger.info(`[layerwise] ${dev ? "dev" : "production"} server ready on http://${hostname}:${port}`),
);

const stop = () => {
  server.close();
  Promise.resolve(app.close?.()).finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 5_000).unref();
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
