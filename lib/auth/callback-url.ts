/**
 * The one rule for where the browser may be sent after signing in: a path on this site,
 * else "/". Used by the sign-in page, the sign-in form and next-auth's redirect callback.
 *
 * Browsers treat "\" like "/" and drop tabs and newlines inside URLs, so "/\evil.example",
 * "/\t/evil.example" and their percent-encoded forms all become "//evil.example", which is
 * another site. Anything that is not plainly a same-origin path is refused rather than
 * repaired. An absolute URL is accepted only when `origin` is given and it matches.
 */
export function safeCallbackPath(raw: unknown, origin?: string): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2048) return "/";
  let value = raw;
  if (origin && /^[a-z][a-z0-9+.-]*:/i.test(value)) {
    const url = parseUrl(value);
    const own = parseUrl(origin);
    if (!url || !own || url.origin !== own.origin || url.username || url.password) return "/";
    value = url.pathname + url.search + url.hash;
  }
  if (!isPlainPath(value)) return "/";
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return "/";
  }
  if (!isPlainPath(decoded)) return "/";
  // Last word goes to the URL parser itself: resolved against a placeholder origin, the path must stay on it.
  const probe = "http://layerwise.invalid";
  const resolved = parseUrl(value, probe);
  return resolved && resolved.origin === probe ? value : "/";
}

// Backslash, C0 and C1 control characters (tab, CR, LF included): browsers rewrite or drop them inside URLs.
const UNSAFE = /[\\\u0000-\u001f\u007f-\u009f]/;

function isPlainPath(value: string): boolean {
  return value.startsWith("/") && !value.startsWith("//") && !UNSAFE.test(value);
}

function parseUrl(value: string, base?: string): URL | null {
  try {
    return new URL(value, base);
  } catch {
    return null;
  }
}
