import "server-only";
import { errors as joseErrors, jwtVerify } from "jose";
import { db } from "@/lib/db/client";
import { LtiError } from "./errors";
import { platformJwks } from "./jwks";
import { launchClaimsSchema, type LaunchClaims } from "./schemas";
import { CLAIM, MESSAGE } from "./claims";

/** Clocks may disagree this much (seconds) on exp, nbf and iat. */
export const CLOCK_TOLERANCE_S = 60;
/** An id_token older than this (by its iat) is refused even if its exp is later. */
const MAX_TOKEN_AGE_S = 10 * 60;

type Platform = Awaited<ReturnType<typeof db.ltiPlatform.findUniqueOrThrow>>;
export interface VerifiedLaunch {
  platform: Platform;
  claims: LaunchClaims;
}

/**
 * Verifies a launch (LTI Core 1.3 §5.1.3 and the Security Framework §5.1.3): the state is one
 * this server issued and unused (it is deleted here, so a second POST of the same form fails),
 * the id_token is signed by a key in the platform's JWKS (RS256 only), its iss is the platform's,
 * its aud holds our client id (and azp is ours when there are several audiences), exp/nbf/iat hold
 * within CLOCK_TOLERANCE_S, its nonce is the one stored with the state and was never seen before,
 * and its deployment is registered.
 */
export async function verifyLaunch(idToken: string, state: string, now = new Date()): Promise<VerifiedLaunch> {
  const rows = await db.$queryRaw<{ platformId: string; nonce: string }[]>`
    DELETE FROM "LtiState" WHERE state = ${state} AND "expiresAt" > ${now}
    RETURNING "platformId", nonce`;
  if (rows.length === 0) {
    throw new LtiError("This launch's state is unknown, expired or already used. Launch again from your course.");
  }
  const platform = await db.ltiPlatform.findUniqueOrThrow({ where: { id: rows[0].platformId } });
  const payload = await verifySignature(idToken, platform, now);
  if (Array.isArray(payload.aud) && payload.aud.length > 1 && payload.azp !== platform.clientId) {
    throw new LtiError("The id_token names several audiences but its azp is not this tool.");
  }
  if (payload.azp !== undefined && payload.azp !== platform.clientId) {
    throw new LtiError("The id_token's azp is not this tool's client id.");
  }
  const parsed = launchClaimsSchema.safeParse(payload);
  if (!parsed.success) {
    throw new LtiError(
      `The launch is missing required LTI claims: ${parsed.error.issues.map((i) => i.message).join("; ")}`,
    );
  }
  const claims = parsed.data;
  if (claims.nonce !== rows[0].nonce) throw new LtiError("The id_token's nonce does not match this login.");
  await spendNonce(platform.id, claims.nonce, payload.exp, now);
  const deploymentId = claims[CLAIM.deploymentId];
  if (!platform.deploymentIds.includes(deploymentId)) {
    throw new LtiError("This LMS deployment is not registered with Layerwise.", 403);
  }
  if (claims[CLAIM.messageType] === MESSAGE.resourceLink && !claims[CLAIM.resourceLink]) {
    throw new LtiError("A resource link launch must carry the resource_link claim.");
  }
  if (claims[CLAIM.messageType] === MESSAGE.deepLinkingRequest && !claims[CLAIM.deepLinkingSettings]) {
    throw new LtiError("A deep linking request must carry deep_linking_settings.");
  }
  return { platform, claims };
}

async function verifySignature(idToken: string, platform: Platform, now: Date) {
  try {
    const { payload } = await jwtVerify(idToken, platformJwks(platform.jwksUrl), {
      algorithms: ["RS256"],
      issuer: platform.issuer,
      audience: platform.clientId,
      clockTolerance: CLOCK_TOLERANCE_S,
      maxTokenAge: MAX_TOKEN_AGE_S,
      currentDate: now,
      requiredClaims: ["exp", "iat", "sub", "nonce"],
    });
    return payload;
  } catch (err) {
    throw new LtiError(`The id_token was refused: ${describeJoseError(err)}`, 401);
  }
}

function describeJoseError(err: unknown): string {
  if (err instanceof joseErrors.JWTExpired) return "it has expired.";
  if (err instanceof joseErrors.JWTClaimValidationFailed) return `its ${err.claim} claim is wrong (${err.reason}).`;
  if (err instanceof joseErrors.JWKSNoMatchingKey) return "it is signed with a key the platform's JWKS does not have.";
  if (err instanceof joseErrors.JWSSignatureVerificationFailed) return "its signature does not verify.";
  if (err instanceof joseErrors.JOSEAlgNotAllowed) return "it is not signed with RS256.";
  if (err instanceof joseErrors.JWKSTimeout || err instanceof joseErrors.JOSEError) return err.message;
  return "it is not a valid JWT.";
}

/** Records the nonce until the token it came in is dead; a second use inserts nothing and is refused. */
async function spendNonce(platformId: string, nonce: string, exp: number | undefined, now: Date) {
  const expiresAt = new Date(((exp ?? now.getTime() / 1000) + CLOCK_TOLERANCE_S) * 1000);
  const inserted = await db.$executeRaw`
    INSERT INTO "LtiNonce" ("platformId", nonce, "expiresAt") VALUES (${platformId}, ${nonce}, ${expiresAt})
    ON CONFLICT DO NOTHING`;
  if (inserted === 0) throw new LtiError("This id_token's nonce was already used: a launch cannot be replayed.");
  await db.ltiNonce.deleteMany({ where: { expiresAt: { lt: now } } });
}
