import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/**
 * Cross-origin write protection: every state-changing request must come from a page on
 * our own origin. SameSite=Lax cookies do not give this — a page on another port of the
 * same host is same-site, so the browser attaches our session cookie to its requests.
 * The rules and the reasoning are in docs/security/origin-headers.md.
 */

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

// next-auth's session cookie under either prefix, including its chunked form (name.0, name.1…).
const SESSION_COOKIE = /^(?:__Secure-)?next-auth\.session-token(?:\.\d+)?$/;

/** The last comma-separated entry: the one the proxy nearest to us added (see clientIp). */
export function lastEntry(value: string | null): string | null {
  return (
    value
      ?.split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .at(-1) ?? null
  );
}

/**
 * This app's origin, e.g. "https://layerwise.example". NEXTAUTH_URL when set (npm start and
 * dev always set it; next-auth names its cookies and builds its redirects from it too).
 * Otherwise the origin the client addressed: the Host header (or the URL's host), and the
 * scheme and host our own proxy reports only when TRUST_PROXY=1 — `next start` itself
 * speaks plain http. A non-browser can forge Host, but a forged request carries no
 * victim's cookies, and a browser always sends the real Host of the URL it fetches.
 */
export function appOrigin(headers: Headers, url?: string): string {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const trustProxy = env().TRUST_PROXY === "1";
  const fromUrl = url ? new URL(url) : null;
  const host =
    (trustProxy && lastEntry(headers.get("x-forwarded-host"))) || headers.get("host") || fromUrl?.host || "localhost";
  const forwardedProto = trustProxy ? lastEntry(headers.get("x-forwarded-proto"))?.toLowerCase() : null;
  const scheme = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : "http";
  return `${scheme}://${host.toLowerCase()}`;
}

export function isHttpsOrigin(origin: string): boolean {
  return origin.startsWith("https://");
}

function hasSessionCookie(headers: Headers): boolean {
  const cookie = headers.get("cookie");
  if (!cookie) return false;
  return cookie.split(";").some((pair) => SESSION_COOKIE.test(pair.split("=")[0].trim()));
}

/**
 * Why a request may not change state, or null when it may. Safe methods always may.
 * 1. Sec-Fetch-Site (set by the browser, unforgeable by a page) decides when present: only
 *    "same-origin". "none" (a user-initiated navigation) is refused too: our writes are all
 *    fetch() calls from our pages, and a navigation never needs to write.
 * 2. Otherwise (older browsers, and plain-http hosts other than localhost, where browsers
 *    omit fetch metadata) Origin must equal appOrigin.
 * 3. Neither header: not a browser page. Allowed only without a session cookie, since a
 *    write with no ambient credential is one the caller could make anyway; a cookie-bearing
 *    client (a script, the bench) must say Origin like a browser does.
 */
export function crossOriginReason(req: Request): string | null {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return null;
  const ours = appOrigin(req.headers, req.url);
  const site = req.headers.get("sec-fetch-site");
  if (site !== null) {
    return site === "same-origin"
      ? null
      : `Sec-Fetch-Site is "${site}"; changes are accepted only from pages on ${ours}.`;
  }
  const origin = req.headers.get("origin");
  if (origin !== null) {
    return origin.toLowerCase() === ours ? null : `Origin ${origin} is not this app's origin ${ours}.`;
  }
  return hasSessionCookie(req.headers)
    ? `The request carries a session cookie but no Origin header; send Origin: ${ours}.`
    : null;
}

/** Throws 403 (FORBIDDEN, naming the reason) for a cross-origin write; see crossOriginReason. */
export function assertSameOrigin(req: Request): void {
  const reason = crossOriginReason(req);
  if (reason)
    throw new AppError("FORBIDDEN", `Cross-origin request refused: ${reason}`, { details: { reason: "cross-origin" } });
}
