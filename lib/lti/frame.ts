import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Which origin may frame Layerwise (CSP frame-ancestors) after an LTI launch: the launch sets a
 * cookie naming the registered platform's allowedOrigin, HMAC-signed with NEXTAUTH_SECRET and
 * valid as long as the LTI session, and proxy.ts puts that origin in frame-ancestors instead of
 * 'none'. The proxy does not read the database on every page; the signature means only our
 * launch can choose the origin. Synchronous (node:crypto), as the proxy is.
 */
export const FRAME_COOKIE = "layerwise-lti-frame";

const ORIGIN = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/;

const mac = (secret: string, body: string) => createHmac("sha256", secret).update(`lti-frame:${body}`).digest();

/** A cookie value allowing `origin` to frame us until `expiresAt`. */
export function signFrameGrant(origin: string, expiresAt: Date, secret: string): string {
  if (!ORIGIN.test(origin)) throw new Error(`not an origin: ${origin}`);
  const body = `${Buffer.from(origin).toString("base64url")}.${Math.floor(expiresAt.getTime() / 1000)}`;
  return `${body}.${mac(secret, body).toString("base64url")}`;
}

/** The origin a grant allows, or null when it is malformed, forged or expired. */
export function verifyFrameGrant(value: string | undefined, secret: string, now = Date.now()): string | null {
  if (!value || !secret) return null;
  const parts = value.split(".");
  if (parts.length !== 3) return null;
  const [origin64, exp, sig] = parts;
  if (!/^\d{1,12}$/.test(exp) || Number(exp) * 1000 < now) return null;
  const expected = mac(secret, `${origin64}.${exp}`);
  const given = Buffer.from(sig, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const origin = Buffer.from(origin64, "base64url").toString();
  return ORIGIN.test(origin) ? origin : null;
}
