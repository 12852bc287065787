import "server-only";
import { db } from "@/lib/db/client";
import { CLAIM } from "./claims";
import type { LaunchClaims } from "./schemas";

const idParam = (v: unknown) => (typeof v === "string" && /^[A-Za-z0-9_-]{1,100}$/.test(v) ? v : undefined);

/**
 * Records a resource link launch: the placement (platform, deployment, resource link id), what it
 * opens (the custom parameter quiz_id or deck_id a Deep Linking pick wrote, else what it opened
 * before), its AGS line item and NRPS roster URL as this launch says, and that this user launched
 * it (their attempts at its quiz are passed back to its line item). Returns the page to open.
 */
export async function recordResourceLaunch(platformId: string, userId: string, claims: LaunchClaims) {
  const link = claims[CLAIM.resourceLink]!;
  const custom = claims[CLAIM.custom] ?? {};
  const ags = claims[CLAIM.ags];
  const quizId = idParam(custom.quiz_id);
  const deckId = quizId ? undefined : idParam(custom.deck_id);
  const fields = {
    contextId: claims[CLAIM.context]?.id ?? null,
    title: link.title?.slice(0, 500) ?? null,
    lineItemUrl: ags?.lineitem ?? null,
    agsScopes: ags?.scope ?? [],
    membershipsUrl: claims[CLAIM.nrps]?.context_memberships_url ?? null,
    ...(quizId ? { quizId, deckId: null } : deckId ? { deckId, quizId: null } : {}),
  };
  const deploymentId = claims[CLAIM.deploymentId];
  const row = await db.ltiResourceLink.upsert({
    where: { platformId_deploymentId_resourceLinkId: { platformId, deploymentId, resourceLinkId: link.id } },
    create: { platformId, deploymentId, resourceLinkId: link.id, ...fields },
    update: fields,
  });
  await db.ltiLinkMember.createMany({ data: [{ linkId: row.id, userId }], skipDuplicates: true });
  return { link: row, targetPath: await targetPath(row) };
}

async function targetPath(link: { quizId: string | null; deckId: string | null }): Promise<string> {
  if (
    link.quizId &&
    (await db.quiz.findFirst({ where: { id: link.quizId, archivedAt: null }, select: { id: true } }))
  ) {
    return `/quizzes/${link.quizId}`;
  }
  if (link.deckId && (await db.deck.findUnique({ where: { id: link.deckId }, select: { id: true } }))) {
    return `/decks/${link.deckId}`;
  }
  return "/quizzes";
}
