import "server-only";
import { encode, type JWT } from "next-auth/jwt";
import { sessionCookieName } from "@/lib/auth/session";
import { currentSessionVersion } from "@/lib/auth/revoke";
import { env } from "@/lib/env";
import { FRAME_COOKIE, signFrameGrant } from "./frame";

/** An LTI session lasts a working day; after that the learner launches again from the course. */
export const LTI_SESSION_SECONDS = 8 * 3600;

/**
 * The Set-Cookie values that sign `user` in after a launch: next-auth's own session token (the
 * same claims its jwt callback writes, so lib/auth/session.ts reads it like any other), and the
 * frame grant for proxy.ts. Both SameSite=None; Secure, because inside the LMS's iframe we are a
 * third party and a Lax cookie would never come back (browsers treat http://localhost as secure).
 */
export async function ltiSessionCookies(
  origin: string,
  user: { id: string; email: string; name: string | null; role: string },
  frameOrigin: string,
): Promise<string[]> {
  const secret = env().NEXTAUTH_SECRET ?? "";
  const token: JWT = {
    sub: user.id,
    name: user.name,
    email: user.email,
    uid: user.id,
    role: user.role,
    sv: await currentSessionVersion(user.id),
    lti: true,
  };
  const value = await encode({ token, secret, maxAge: LTI_SESSION_SECONDS });
  const expiresAt = new Date(Date.now() + LTI_SESSION_SECONDS * 1000);
  const attrs = `Path=/; Expires=${expiresAt.toUTCString()}; HttpOnly; Secure; SameSite=None`;
  const grant = signFrameGrant(frameOrigin, expiresAt, secret);
  return [`${sessionCookieName(origin)}=${value}; ${attrs}`, `${FRAME_COOKIE}=${grant}; ${attrs}`];
}
