/**
 * Observability shared by Next's own process (scripts/next-server.mjs, plain Node) and the app's
 * bundled code (lib/, app/): the request context, the logger and the metrics registry. Plain
 * JavaScript so next-server.mjs can import it without a loader; types in core.d.mts.
 *
 * Next bundles the app's copy of this file apart from the one next-server.mjs imports, so every
 * singleton lives on globalThis under a Symbol.for key: both copies see the same store, logger
 * and registry (the first to load creates them).
 */
import { AsyncLocalStorage } from "node:async_hooks";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pino from "pino";
import client from "prom-client";

/** @template T @param {string} name @param {() => T} make @returns {T} */
function shared(name, make) {
  const key = Symbol.for(`layerwise.observability.${name}`);
  const g = /** @type {Record<symbol, unknown>} */ (globalThis);
  if (!(key in g)) g[key] = make();
  return /** @type {T} */ (g[key]);
}

/** @type {AsyncLocalStorage<{ reqId: string }>} */
export const requestContext = shared("context", () => new AsyncLocalStorage());

/** The id of the request this code runs for, if any. */
export function currentRequestId() {
  return requestContext.getStore()?.reqId;
}

// ---------------------------------------------------------------------------------------------
// Logger: JSON lines (level, time, msg, reqId). The sink can be swapped (tests read the lines).

const sink = shared("sink", () => ({ current: /** @type {{ write(s: string): unknown }} */ (pino.destination(1)) }));

/** Sends log lines to `stream` instead of stdout; returns a function that puts stdout back. */
export function setLogSink(stream) {
  const before = sink.current;
  sink.current = stream;
  return () => {
    sink.current = before;
  };
}

function defaultLevel() {
  if (process.env.LOG_LEVEL) return process.env.LOG_LEVEL;
  return process.env.VITEST ? "silent" : "info";
}

export const logger = shared("logger", () =>
  pino(
    {
      level: defaultLevel(),
      base: undefined, // no pid/hostname on every line
      formatters: { level: (label) => ({ level: label }) },
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin() {
        const reqId = requestContext.getStore()?.reqId;
        return reqId ? { reqId } : {};
      },
    },
    { write: (line) => sink.current.write(line) },
  ),
);

// ---------------------------------------------------------------------------------------------
// Request ids.

const SAFE_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** An incoming x-request-id if it is a short safe token (kept by a proxy's logs too), else a new one. */
export function requestIdFrom(header) {
  const value = Array.isArray(header) ? header[0] : header;
  return typeof value === "string" && SAFE_ID.test(value) ? value : crypto.randomUUID();
}

// ---------------------------------------------------------------------------------------------
// Route labels: the app/ route pattern a path matches ("/api/v1/decks/[deckId]"), never the raw
// URL, so ids do not explode the label set. Unknown paths are "other".

const ROUTE_FILE = /^(page|route)\.(tsx|ts|jsx|js|mdx)$/;

/** The route patterns of an app/ directory: one per page or route file. */
export function scanAppRoutes(appDir) {
  /** @type {string[]} */
  const out = [];
  if (!fs.existsSync(appDir)) return out;
  for (const entry of fs.readdirSync(appDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const rel = path.relative(appDir, path.join(entry.parentPath, entry.name));
    const parts = rel.split(path.sep);
    const file = parts.pop();
    if (file === "favicon.ico" && parts.length === 0) out.push("/favicon.ico");
    if (!file || !ROUTE_FILE.test(file)) continue;
    // Private folders (_x) are not routes; groups ((x)) and slots (@x) add no URL segment.
    if (parts.some((p) => p.startsWith("_"))) continue;
    const segs = parts.filter((p) => !(p.startsWith("(") && p.endsWith(")")) && !p.startsWith("@"));
    out.push("/" + segs.join("/"));
  }
  return [...new Set(out)];
}

/**
 * A function from a URL path to its route label. As Next orders them: segment by segment, a
 * fixed segment beats [id], which beats [...all], which beats [[...all]]. `/_next/…` (assets)
 * is "/_next".
 * @param {string[]} patterns
 */
export function routeLabeller(patterns) {
  const statics = new Set(patterns.filter((p) => !p.includes("[")));
  const dynamic = patterns
    .filter((p) => p.includes("["))
    .map((p) => ({ pattern: p, segs: p.split("/").filter(Boolean) }))
    .sort((a, b) => precedence(a.segs, b.segs));
  return (/** @type {string} */ pathname) => {
    if (pathname.startsWith("/_next/")) return "/_next";
    const clean = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
    if (statics.has(clean)) return clean;
    const segs = clean.split("/").filter(Boolean);
    for (const d of dynamic) if (matches(d.segs, segs)) return d.pattern;
    return "other";
  };
}

/** 0 fixed, 1 [x], 2 [...x], 3 [[...x]]. */
function kind(seg) {
  if (seg.startsWith("[[...")) return 3;
  if (seg.startsWith("[...")) return 2;
  return seg.startsWith("[") ? 1 : 0;
}

function precedence(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = kind(a[i]) - kind(b[i]);
    if (d !== 0) return d;
  }
  return b.length - a.length;
}

function matches(pattern, segs) {
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i];
    if (p.startsWith("[[...")) return true; // optional catch-all: zero or more
    if (p.startsWith("[...")) return segs.length > i; // one or more
    if (i >= segs.length) return false;
    if (!p.startsWith("[") && p !== safeDecode(segs[i])) return false;
  }
  return pattern.length === segs.length;
}

function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// ---------------------------------------------------------------------------------------------
// Metrics: one registry per process (prom-client default metrics + ours).

export const metrics = shared("metrics", () => {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  /** @type {{ pool: import("pg").Pool | null }} */
  const pools = { pool: null };
  const gauge = (name, help, read) =>
    new client.Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        if (pools.pool) this.set(read(pools.pool));
      },
    });
  return {
    registry,
    pools,
    httpRequests: new client.Counter({
      name: "http_requests_total",
      help: "HTTP requests served, by method, route pattern and status",
      labelNames: ["method", "route", "status"],
      registers: [registry],
    }),
    httpDuration: new client.Histogram({
      name: "http_request_duration_seconds",
      help: "Time from request to the end of the response, by method and route pattern",
      labelNames: ["method", "route"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    reviews: new client.Counter({
      name: "reviews_total",
      help: "Reviews recorded (replays not counted), by grade",
      labelNames: ["grade"],
      registers: [registry],
    }),
    quizStarted: new client.Counter({
      name: "quiz_attempts_started_total",
      help: "Quiz attempts started (a resumed attempt is not counted)",
      registers: [registry],
    }),
    quizSubmitted: new client.Counter({
      name: "quiz_attempts_submitted_total",
      help: "Quiz attempt submits answered with success (a repeated submit counts again)",
      registers: [registry],
    }),
    poolTotal: gauge("db_pool_connections_total", "Connections open in the app's pg pool", (p) => p.totalCount),
    poolIdle: gauge("db_pool_connections_idle", "Idle connections in the app's pg pool", (p) => p.idleCount),
    poolWaiting: gauge("db_pool_waiting_requests", "Queries waiting for a pg pool connection", (p) => p.waitingCount),
  };
});

/** Lets the pool gauges read the app's pg Pool (lib/db/client.ts). */
export function observePool(pool) {
  metrics.pools.pool = pool;
}

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/**
 * Wraps a Node request handler: gives the request an id (x-request-id in and out), runs the
 * handler inside the request context, and on the response's end counts and times it by route
 * and writes one log line (method, route, status, ms).
 * @param {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => unknown} handle
 * @param {(pathname: string) => string} routeOf
 */
export function observed(handle, routeOf) {
  return (req, res) => {
    const started = process.hrtime.bigint();
    const reqId = requestIdFrom(req.headers["x-request-id"]);
    req.headers["x-request-id"] = reqId;
    res.setHeader("x-request-id", reqId);
    const method = METHODS.has(req.method ?? "") ? /** @type {string} */ (req.method) : "other";
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const url = req.url ?? "/";
      const q = url.indexOf("?");
      const route = routeOf(q === -1 ? url : url.slice(0, q));
      const status = res.writableFinished ? res.statusCode : 499; // 499: the client went away first
      metrics.httpRequests.inc({ method, route, status: String(status) });
      metrics.httpDuration.observe({ method, route }, seconds);
      logger.info({ reqId, method, route, status, ms: Math.round(seconds * 1e4) / 10 }, "request");
    };
    res.once("finish", finish);
    res.once("close", finish);
    return requestContext.run({ reqId }, () => handle(req, res));
  };
}
