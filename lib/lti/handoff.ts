import "server-only";
import { db } from "@/lib/db/client";
import { hashToken, newToken } from "./tokens";

/** The new-window link works this long after the launch. */
export const HANDOFF_TTL_MS = 2 * 60_000;

/** A single-use token that signs `userId` in at a first-party window and sends them to `targetPath`. */
export async function createHandoff(platformId: string, userId: string, targetPath: string, now = new Date()) {
  const { token, hash } = newToken();
  await db.ltiHandoff.create({
    data: { tokenHash: hash, platformId, userId, targetPath, expiresAt: new Date(now.getTime() + HANDOFF_TTL_MS) },
  });
  await db.ltiHandoff.deleteMany({ where: { expiresAt: { lt: now } } });
  return token;
}

/** The handoff a token names, if live, without using it up. */
export async function peekHandoff(token: string, now = new Date()) {
  return db.ltiHandoff.findFirst({
    where: { tokenHash: hashToken(token), expiresAt: { gt: now } },
    include: { platform: { select: { allowedOrigin: true } } },
  });
}

/** Uses a handoff up (one DELETE … RETURNING): the second use of a token finds nothing. */
export async function takeHandoff(token: string, now = new Date()) {
  const rows = await db.$queryRaw<{ userId: string; targetPath: string; platformId: string }[]>`
    DELETE FROM "LtiHandoff" WHERE "tokenHash" = ${hashToken(token)} AND "expiresAt" > ${now}
    RETURNING "userId", "targetPath", "platformId"`;
  return rows.at(0) ?? null;
}
