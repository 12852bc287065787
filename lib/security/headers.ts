import { isHttpsOrigin } from "./origin";

/** Two years; browsers honour it only when it arrives over https. */
export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

/** 128 random bits, base64: a fresh CSP nonce for one page response. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The page Content-Security-Policy. Scripts run only with this response's nonce; with
 * 'strict-dynamic' the scripts Next loads from those are trusted too ('self' stays for
 * browsers without strict-dynamic). Style elements and sheets need 'self' or the nonce;
 * style *attributes* (React's style={…} rendered on the server, Recharts' inline sizes)
 * cannot carry a nonce, so style-src-attr allows them — an attribute can restyle an
 * element but cannot run script or load anything. In development React needs eval and
 * Next injects <style> tags without a nonce, so dev relaxes exactly those two.
 */
export function buildCsp(nonce: string, opts: { dev?: boolean; https?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    opts.dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    // The offline service worker (/serwist/sw.js); without it workers would fall back to script-src's nonce rule.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/**
 * Headers every API response gets: never cached (answers are per user and per moment),
 * and HSTS when our origin is https.
 */
export function apiHeaders(origin: string): Record<string, string> {
  return { "Cache-Control": "no-store", ...(isHttpsOrigin(origin) ? { "Strict-Transport-Security": HSTS_VALUE } : {}) };
}

/** Sets `extra` on a response, copying it first when its headers are immutable (a fetched response). */
export function withHeaders(res: Response, extra: Record<string, string>): Response {
  try {
    for (const [k, v] of Object.entries(extra)) res.headers.set(k, v);
    return res;
  } catch {
    const headers = new Headers(res.headers);
    for (const [k, v] of Object.entries(extra)) headers.set(k, v);
    return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
  }
}
