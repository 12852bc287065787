import "server-only";
import crypto from "node:crypto";
import { SignJWT } from "jose";
import { z } from "zod";
import { toolKey, TOOL_ALG } from "./keys";

interface Platform {
  id: string;
  clientId: string;
  tokenUrl: string;
  tokenAudience: string | null;
}

const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.coerce.number().positive().optional(),
});

/** Service calls give up after this long; the job queue retries them. */
export const SERVICE_TIMEOUT_MS = 10_000;

/** Tokens by platform and scopes, kept until 30 s before they expire (a cache: losing it costs one request). */
const cache = new Map<string, { token: string; until: number }>();

/**
 * An OAuth 2 access token for the platform's services (LTI Security Framework §4.1): the
 * client_credentials grant authenticated by a client assertion JWT we sign (RFC 7523), whose
 * aud is the platform's token audience (its token URL unless registered otherwise).
 */
export async function serviceToken(platform: Platform, scopes: string[], now = Date.now()): Promise<string> {
  const scope = [...scopes].sort().join(" ");
  const key = `${platform.id} ${scope}`;
  const hit = cache.get(key);
  if (hit && hit.until > now) return hit.token;
  const signing = await toolKey();
  const assertion = await new SignJWT({})
    .setProtectedHeader({ alg: TOOL_ALG, kid: signing.kid, typ: "JWT" })
    .setIssuer(platform.clientId)
    .setSubject(platform.clientId)
    .setAudience(platform.tokenAudience ?? platform.tokenUrl)
    .setIssuedAt(Math.floor(now / 1000))
    .setExpirationTime(Math.floor(now / 1000) + 300)
    .setJti(crypto.randomUUID())
    .sign(signing.privateKey);
  const res = await fetch(platform.tokenUrl, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
      client_assertion: assertion,
      scope,
    }),
    signal: AbortSignal.timeout(SERVICE_TIMEOUT_MS),
  });
  if (!res.ok)
    throw new Error(`the platform's token endpoint answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
  const body = tokenResponseSchema.parse(await res.json());
  const ttl = (body.expires_in ?? 3600) * 1000;
  cache.set(key, { token: body.access_token, until: now + ttl - 30_000 });
  return body.access_token;
}

/** Forgets a token the platform refused (401), so the retry asks for a fresh one. */
export function dropServiceToken(platformId: string) {
  for (const k of cache.keys()) if (k.startsWith(`${platformId} `)) cache.delete(k);
}
