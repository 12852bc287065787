import { cache } from "react";
import { cookies, headers } from "next/headers";
import { decode } from "next-auth/jwt";
import { poolRows } from "@/lib/db/client";
import { env } from "@/lib/env";
import { appOrigin } from "@/lib/security/origin";
import type { RoleName } from "./schemas";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  role: RoleName;
  timeZone: string;
  newCardsPerDay: number;
  reviewsPerDay: number;
  /** Null until the learner finishes /welcome. */
  onboardedAt: Date | null;
}

/**
 * The one session cookie name this origin accepts: next-auth's __Secure- name over https,
 * the plain name over http, exactly the name next-auth issues here. Accepting the other
 * one would let a cookie planted by something else on the host (cookies ignore ports; an
 * http page of an https host; on http, another localhost app, which browsers treat as a
 * secure context) choose which account the visitor is signed into.
 */
export function sessionCookieName(origin: string): string {
  return origin.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/**
 * The user id and session version from next-auth's encrypted JWT cookie (decrypted and
 * expiry-checked), or null. A token minted before session versions existed counts as 0.
 */
async function sessionClaims(): Promise<{ uid: string; sv: number } | null> {
  const [jar, requestHeaders] = await Promise.all([cookies(), headers()]);
  const token = jar.get(sessionCookieName(appOrigin(requestHeaders)))?.value;
  if (!token) return null;
  return decodedClaims(token, env().NEXTAUTH_SECRET ?? "");
}

/**
 * Tokens already decrypted, by their exact text: a learner's cookie comes back on every
 * request, and each decode derives the key (HKDF) and decrypts the JWE again. Only a token that
 * decrypted with this secret is kept, and its expiry is checked on every use, so a hit answers
 * exactly as a fresh decode would (next-auth's 15 s clock tolerance included). Bounded: the
 * oldest entries go first.
 */
const decoded = new Map<string, { secret: string; claims: { uid: string; sv: number }; exp: number }>();
const DECODED_MAX = 10_000;
const CLOCK_TOLERANCE_S = 15;

async function decodedClaims(token: string, secret: string): Promise<{ uid: string; sv: number } | null> {
  const now = Date.now() / 1000;
  const hit = decoded.get(token);
  if (hit && hit.secret === secret) {
    if (hit.exp + CLOCK_TOLERANCE_S > now) return hit.claims;
    decoded.delete(token);
    return null;
  }
  // Decoding the JWT directly is what getServerSession does underneath, minus the whole
  // NextAuth request pipeline it runs first (a few ms on every API call).
  const payload = await decode({ token, secret }).catch(() => null);
  if (typeof payload?.uid !== "string") return null;
  const claims = { uid: payload.uid, sv: typeof payload.sv === "number" ? payload.sv : 0 };
  if (typeof payload.exp === "number") {
    if (decoded.size >= DECODED_MAX) decoded.delete(decoded.keys().next().value!);
    decoded.set(token, { secret, claims, exp: payload.exp });
  }
  return claims;
}

/**
 * The signed-in user, fresh from the database (null when signed out, disabled, or when the
 * token's session version is older than the user's: signed out, password changed or reset).
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await sessionClaims();
  if (!claims) return null;
  // Every signed-in request reads this row: one statement on the pool, not Prisma (lib/db/client.ts).
  const rows = await poolRows<SessionUser & { disabled: boolean; sessionVersion: number }>(
    `SELECT id, email, name, role, "timeZone", "newCardsPerDay", "reviewsPerDay",
            "onboardedAt" AT TIME ZONE 'UTC' AS "onboardedAt", "disabledAt" IS NOT NULL AS disabled, "sessionVersion"
       FROM "User" WHERE id = $1`,
    [claims.uid],
  );
  const user = rows.at(0);
  if (!user || user.disabled || user.sessionVersion !== claims.sv) return null;
  const { disabled: _disabled, sessionVersion: _version, ...rest } = user;
  return rest;
});
