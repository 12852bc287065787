import "server-only";
import { encode, type JWT } from "next-auth/jwt";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 3600;

/** The user's current session version, written into a token when it is minted. */
export async function currentSessionVersion(userId: string): Promise<number> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return user?.sessionVersion ?? 0;
}

/** Revokes every session token of the user (one atomic increment); returns the new version. */
export async function revokeAllSessions(userId: string): Promise<number> {
  const user = await db.user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return user.sessionVersion;
}

/**
 * next-auth's signOut event: revokes the user's tokens, but only when the token signing out
 * is still current, so a replayed stale token cannot keep bumping the counter.
 */
export async function revokeOnSignOut(token: JWT | null | undefined): Promise<void> {
  if (typeof token?.uid !== "string") return;
  const sv = typeof token.sv === "number" ? token.sv : 0;
  await db.user.updateMany({
    where: { id: token.uid, sessionVersion: sv },
    data: { sessionVersion: { increment: 1 } },
  });
}

/** A session token's claims for this user at this session version, the shape the jwt callback produces. */
export function sessionToken(
  user: { id: string; email: string; name: string | null; role: string },
  sessionVersion: number,
): JWT {
  return { sub: user.id, name: user.name, email: user.email, uid: user.id, role: user.role, sv: sessionVersion };
}

/**
 * A fresh next-auth session cookie for this browser at the given version, in the same shape
 * the jwt callback produces, so the device that changed the password stays signed in.
 */
export async function sessionCookie(
  cookieName: string,
  user: { id: string; email: string; name: string | null; role: string },
  sessionVersion: number,
): Promise<string> {
  const value = await encode({
    token: sessionToken(user, sessionVersion),
    secret: env().NEXTAUTH_SECRET ?? "",
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  const expires = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000).toUTCString();
  const secure = cookieName.startsWith("__Secure-") ? "; Secure" : "";
  return `${cookieName}=${value}; Path=/; Expires=${expires}; HttpOnly; SameSite=Lax${secure}`;
}
