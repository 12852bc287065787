import "server-only";
import { db } from "@/lib/db/client";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { PlatformDto, PlatformInput } from "./schemas";

type PlatformRow = Awaited<ReturnType<typeof db.ltiPlatform.findUniqueOrThrow>>;

export function toPlatformDto(p: PlatformRow): PlatformDto {
  return {
    id: p.id,
    name: p.name,
    issuer: p.issuer,
    clientId: p.clientId,
    deploymentIds: p.deploymentIds,
    authLoginUrl: p.authLoginUrl,
    tokenUrl: p.tokenUrl,
    jwksUrl: p.jwksUrl,
    tokenAudience: p.tokenAudience,
    allowedOrigin: p.allowedOrigin,
    createdAt: p.createdAt.toISOString(),
  };
}

function toRow(input: PlatformInput) {
  return {
    ...input,
    deploymentIds: [...new Set(input.deploymentIds)],
    tokenAudience: input.tokenAudience || null,
    allowedOrigin: (input.allowedOrigin ?? new URL(input.authLoginUrl).origin).replace(/\/$/, ""),
  };
}

const duplicate = () =>
  new AppError("CONFLICT", "A platform with this issuer and client id is already registered.", {
    fields: { clientId: ["already registered for this issuer"] },
  });

export async function listPlatforms(): Promise<PlatformDto[]> {
  const rows = await db.ltiPlatform.findMany({ orderBy: { createdAt: "asc" } });
  return rows.map(toPlatformDto);
}

export async function createPlatform(input: PlatformInput): Promise<PlatformDto> {
  try {
    return toPlatformDto(await db.ltiPlatform.create({ data: toRow(input) }));
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicate();
    throw err;
  }
}

export async function updatePlatform(id: string, input: PlatformInput): Promise<PlatformDto> {
  const found = await db.ltiPlatform.findUnique({ where: { id }, select: { id: true } });
  if (!found) throw new AppError("NOT_FOUND", "No such platform.");
  try {
    return toPlatformDto(await db.ltiPlatform.update({ where: { id }, data: toRow(input) }));
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicate();
    throw err;
  }
}

/** Removes a platform and everything launched from it (links, identities; the users stay). */
export async function deletePlatform(id: string): Promise<void> {
  const { count } = await db.ltiPlatform.deleteMany({ where: { id } });
  if (count === 0) throw new AppError("NOT_FOUND", "No such platform.");
}

/**
 * The registered platform a login or launch names: by issuer and client id, or by issuer alone
 * when exactly one is registered for it (the login's client_id is optional in LTI 1.3).
 */
export async function findPlatform(issuer: string, clientId?: string): Promise<PlatformRow | null> {
  if (clientId) return db.ltiPlatform.findUnique({ where: { issuer_clientId: { issuer, clientId } } });
  const rows = await db.ltiPlatform.findMany({ where: { issuer }, take: 2 });
  return rows.length === 1 ? rows[0] : null;
}
