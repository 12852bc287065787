/**
 * Which origin may frame Layerwise (CSP frame-ancestors) after an LTI launch: the launch sets a
 * cookie naming the registered platform's allowedOrigin, HMAC-signed with NEXTAUTH_SECRET and
 * valid as long as the LTI session, and proxy.ts puts that origin in frame-ancestors instead of
 * 'none'. The proxy cannot read the database on every request; the signature means only our
 * launch can choose the origin. Web Crypto only, so the proxy can import it.
 */
export const FRAME_COOKIE = "layerwise-lti-frame";

const ORIGIN = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/;
const encoder = new TextEncoder();

function b64url(bytes: ArrayBuffer | Uint8Array): string {
  const arr = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  return btoa(String.fromCharCode(...arr))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

async function mac(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  return b64url(await crypto.subtle.sign("HMAC", key, encoder.encode(`lti-frame:${message}`)));
}

/** A cookie value allowing `origin` to frame us until `expiresAt`. */
export async function signFrameGrant(origin: string, expiresAt: Date, secret: string): Promise<string> {
  if (!ORIGIN.test(origin)) throw new Error(`not an origin: ${origin}`);
  const body = `${b64url(encoder.encode(origin))}.${Math.floor(expiresAt.getTime() / 1000)}`;
  return `${body}.${await mac(secret, body)}`;
}

/** The origin a grant allows, or null when it is malformed, forged or expired. */
export async function verifyFrameGrant(
  value: string | undefined,
  secret: string,
  now = Date.now(),
): Promise<string | null> {
  if (!value || !secret) return null;
  const parts = value.split(".");
  if (parts.length !== 3) return null;
  const [origin64, exp, sig] = parts;
  if (!/^\d{1,12}$/.test(exp) || Number(exp) * 1000 < now) return null;
  const expected = await mac(secret, `${origin64}.${exp}`);
  if (expected.length !== sig.length) return null;
  let diff = 0;
  for (let i = 0; i < sig.length; i++) diff |= expected.charCodeAt(i) ^ sig.charCodeAt(i);
  if (diff !== 0) return null;
  let origin: string;
  try {
    origin = atob(origin64.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    return null;
  }
  return ORIGIN.test(origin) ? origin : null;
}
