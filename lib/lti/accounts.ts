import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/errors";
import { LtiError } from "./errors";
import { mapLtiRoles, type LtiRole } from "./claims";

export interface LtiUser {
  id: string;
  email: string;
  name: string | null;
  role: "LEARNER" | "INSTRUCTOR" | "ADMIN";
}

/**
 * The Layerwise user of (platform, LTI subject), created on first launch. Linking is by subject
 * only: the email claim is not verified by anyone we trust, so it never attaches a launch to an
 * existing local account (an LMS user could otherwise take over any account by its address);
 * new accounts get an address under the reserved `.invalid` domain instead. The role goes up to
 * INSTRUCTOR when the LMS says so, never to ADMIN, and an LMS never demotes anyone.
 */
export async function linkLtiUser(
  platformId: string,
  sub: string,
  claims: { name?: string; roles: string[] },
): Promise<LtiUser> {
  const role = mapLtiRoles(claims.roles);
  const found = await identityUser(platformId, sub);
  if (found) return raise(found, role);
  try {
    return await db.$transaction(async (tx) => {
      const email = `lti-${crypto.createHash("sha256").update(`${platformId}\n${sub}`).digest("hex").slice(0, 24)}@lti.invalid`;
      const user = await tx.user.create({
        data: { email, name: claims.name?.slice(0, 200) ?? null, role, onboardedAt: new Date() },
        select: { id: true, email: true, name: true, role: true },
      });
      await tx.ltiIdentity.create({ data: { platformId, sub, userId: user.id } });
      return user;
    });
  } catch (err) {
    // A parallel first launch of the same subject created it: use that one.
    if (!isUniqueViolation(err)) throw err;
    const raced = await identityUser(platformId, sub);
    if (!raced) throw err;
    return raise(raced, role);
  }
}

async function identityUser(platformId: string, sub: string) {
  const identity = await db.ltiIdentity.findUnique({ where: { platformId_sub: { platformId, sub } } });
  if (!identity) return null;
  const user = await db.user.findUnique({
    where: { id: identity.userId },
    select: { id: true, email: true, name: true, role: true, disabledAt: true },
  });
  if (!user) throw new LtiError("The Layerwise account linked to this LMS user no longer exists.", 403);
  if (user.disabledAt) throw new LtiError("Your Layerwise account is disabled.", 403);
  return user;
}

async function raise(user: LtiUser, role: LtiRole): Promise<LtiUser> {
  if (role !== "INSTRUCTOR" || user.role !== "LEARNER")
    return { id: user.id, email: user.email, name: user.name, role: user.role };
  const updated = await db.user.update({
    where: { id: user.id },
    data: { role: "INSTRUCTOR" },
    select: { id: true, email: true, name: true, role: true },
  });
  return updated;
}
