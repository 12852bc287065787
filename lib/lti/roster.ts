import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { MEDIA, SCOPE } from "./claims";
import { serviceToken, SERVICE_TIMEOUT_MS } from "./service-token";
import type { Roster } from "./schemas";

const membershipsSchema = z.object({
  members: z.array(
    z.looseObject({
      user_id: z.string(),
      name: z.string().optional(),
      status: z.string().default("Active"),
      roles: z.array(z.string()).default([]),
    }),
  ),
});

/**
 * A resource link's course roster from the platform (NRPS 2.0), each member marked linked when
 * they have a Layerwise account from this platform. Only an instructor who launched the link
 * (or an admin) may read it; anyone else gets a 404, as for any resource not theirs.
 */
export async function readRoster(actor: { id: string; role: string }, linkId: string): Promise<Roster> {
  const link = await db.ltiResourceLink.findFirst({
    where: { id: linkId, ...(actor.role === "ADMIN" ? {} : { members: { some: { userId: actor.id } } }) },
    include: { platform: true },
  });
  if (!link || actor.role === "LEARNER") throw new AppError("NOT_FOUND", "No such LTI link.");
  if (!link.membershipsUrl)
    throw new AppError("CONFLICT", "The platform offers no roster (Names and Role Provisioning) for this link.");
  const token = await serviceToken(link.platform, [SCOPE.memberships]);
  const res = await fetch(link.membershipsUrl, {
    headers: { Authorization: `Bearer ${token}`, Accept: MEDIA.memberships },
    signal: AbortSignal.timeout(SERVICE_TIMEOUT_MS),
  });
  if (!res.ok) throw new AppError("CONFLICT", `The platform answered ${res.status} to the roster request.`);
  const { members } = membershipsSchema.parse(await res.json());
  const linked = new Set(
    (
      await db.ltiIdentity.findMany({
        where: { platformId: link.platformId, sub: { in: members.map((m) => m.user_id) } },
        select: { sub: true },
      })
    ).map((i) => i.sub),
  );
  return {
    members: members.map((m) => ({
      userId: m.user_id,
      name: m.name ?? null,
      roles: m.roles,
      status: m.status,
      linked: linked.has(m.user_id),
    })),
  };
}
