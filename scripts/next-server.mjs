/**
 * Next.js for `npm run dev` / `npm start` (spawned by scripts/serve.ts), through Next's
 * programmatic API instead of `next dev` / `next start`, so that every request carries
 * the socket's peer address in a header the client cannot set (scripts/peer-header.mjs).
 * Plain JavaScript, run by node itself: no loader hooks inside Next's process.
 */
import http from "node:http";
import next from "next";
import { stampPeer } from "./peer-header.mjs";

const dev = process.argv[2] !== "start";
const port = Number(process.argv[3] ?? process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || "localhost";

const app = next({ dev, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  stampPeer(req);
  handle(req, res);
});
// Like `next start`: all interfaces; HOSTNAME only names the server in URLs and logs.
server.listen(port, () =>
  console.log(`[layerwise] ${dev ? "dev" : "production"} server ready on http://${hostname}:${port}`),
);

const stop = () => {
  server.close();
  Promise.resolve(app.close?.()).finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 5_000).unref();
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
