import "server-only";
import { encode, type JWT } from "next-auth/jwt";
import { sessionCookieName } from "@/lib/auth/session";
import { currentSessionVersion, sessionToken } from "@/lib/auth/revoke";
import { env } from "@/lib/env";
import { FRAME_COOKIE, signFrameGrant } from "./frame";

/** An LTI session lasts a working day; after that the learner launches again from the course. */
export const LTI_SESSION_SECONDS = 8 * 3600;

/**
 * Was this request made inside a frame (the LMS's iframe)? Browsers say so in Sec-Fetch-Dest
 * on the navigation (Chromium, Firefox, Safari 16.4+); anything else counts as top-level.
 */
export function isFramedRequest(headers: Headers): boolean {
  const dest = headers.get("sec-fetch-dest");
  return dest === "iframe" || dest === "frame";
}

/**
 * The Set-Cookie values that sign `user` in after a launch: next-auth's own session token (the
 * same claims its jwt callback writes, so lib/auth/session.ts reads it like any other), and the
 * frame grant for proxy.ts. Both SameSite=None; Secure, because inside the LMS's iframe we are a
 * third party and a Lax cookie would never come back (browsers treat http://localhost as secure).
 * Inside a frame they are also `Partitioned` (CHIPS): Chromium blocks unpartitioned third-party
 * cookies (its default in Playwright's contexts, and a user setting), but keeps a partitioned
 * cookie for Layerwise under the LMS's site; Safari ignores the attribute and blocks them, so
 * /api/lti/continue offers the new window. Top-level launches stay unpartitioned: next-auth's
 * sign-out clears a cookie without the attribute, which would not reach a partitioned one.
 */
export async function ltiSessionCookies(
  origin: string,
  user: { id: string; email: string; name: string | null; role: string },
  frameOrigin: string,
  opts: { partitioned?: boolean } = {},
): Promise<string[]> {
  const secret = env().NEXTAUTH_SECRET ?? "";
  const token: JWT = { ...sessionToken(user, await currentSessionVersion(user.id)), lti: true };
  const value = await encode({ token, secret, maxAge: LTI_SESSION_SECONDS });
  const expiresAt = new Date(Date.now() + LTI_SESSION_SECONDS * 1000);
  const attrs = `Path=/; Expires=${expiresAt.toUTCString()}; ${COOKIE_ATTRS}${opts.partitioned ? "; Partitioned" : ""}`;
  const grant = signFrameGrant(frameOrigin, expiresAt, secret);
  return [`${sessionCookieName(origin)}=${value}; ${attrs}`, `${FRAME_COOKIE}=${grant}; ${attrs}`];
}

const COOKIE_ATTRS = "HttpOnly; Secure; SameSite=None";

/**
 * Set-Cookie values that clear an in-frame LTI sign-in: a partitioned cookie is deleted only by
 * a Set-Cookie that is partitioned too, which next-auth's sign-out does not send. In any other
 * partition (top level) they delete nothing.
 */
export function clearPartitionedLtiCookies(origin: string): string[] {
  const attrs = `Path=/; Max-Age=0; ${COOKIE_ATTRS}; Partitioned`;
  return [`${sessionCookieName(origin)}=; ${attrs}`, `${FRAME_COOKIE}=; ${attrs}`];
}

/** `res` (next-auth's sign-out answer) also clearing an in-frame LTI sign-in. */
export function alsoClearPartitioned(res: Response, origin: string): Response {
  const headers = new Headers(res.headers);
  for (const c of clearPartitionedLtiCookies(origin)) headers.append("Set-Cookie", c);
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}
