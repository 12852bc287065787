/**
 * A path whose percent-escapes do not decode as UTF-8 (/decks/%FF, /api/v1/decks/%E0%A4) names
 * nothing, but Next's own route matching throws on it and answers 500. Plain JavaScript, shared by
 * the production server (scripts/next-server.mjs, for API paths) and the proxy (proxy.ts, for
 * pages): no Node or server imports.
 */

/** @param {string} pathname */
export function hasMalformedEscape(pathname) {
  for (const segment of pathname.split("/")) {
    if (!segment.includes("%")) continue;
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}

/** The route (app/api/malformed-path) that answers a malformed API path with the API's 400. */
export const MALFORMED_API_PATH = "/api/malformed-path";

/**
 * The server sends an API request with a malformed path to MALFORMED_API_PATH, before Next sees
 * it. Done here rather than in the proxy: a proxy that matches API paths runs Next's middleware
 * adapter on every API call (about 2 ms of CPU each, docs/BENCHMARKS.md), to catch a rare bad URL.
 * @param {import("node:http").IncomingMessage} req
 */
export function routeMalformedApiPath(req) {
  const url = req.url ?? "";
  if (!url.startsWith("/api/")) return;
  const q = url.indexOf("?");
  if (hasMalformedEscape(q === -1 ? url : url.slice(0, q))) req.url = MALFORMED_API_PATH;
}
