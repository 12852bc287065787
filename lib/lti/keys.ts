import "server-only";
import { createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from "jose";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

/** The tool's signing key: what signs client assertions and Deep Linking responses. */
export interface ToolKey {
  kid: string;
  privateKey: CryptoKey | KeyObject;
  publicJwk: JWK;
}

const ALG = "RS256";
const globalForKey = globalThis as unknown as { layerwiseLtiKey?: Promise<ToolKey> };

/**
 * LTI_PRIVATE_KEY (an RSA PKCS#8 PEM) when set; otherwise, outside production, a key pair made
 * once and kept in LtiToolKey, so every instance and every restart signs with the same key and
 * platforms that cached our JWKS keep verifying. Two instances starting at once may each insert
 * one; both then use the oldest row.
 */
export function toolKey(): Promise<ToolKey> {
  globalForKey.layerwiseLtiKey ??= loadToolKey().catch((err: unknown) => {
    delete globalForKey.layerwiseLtiKey;
    throw err;
  });
  return globalForKey.layerwiseLtiKey;
}

async function loadToolKey(): Promise<ToolKey> {
  const pem = env().LTI_PRIVATE_KEY;
  if (pem) {
    const privateKey = createPrivateKey(pem.replace(/\\n/g, "\n"));
    const publicJwk = createPublicKey(privateKey).export({ format: "jwk" }) as JWK;
    return { kid: await calculateJwkThumbprint(publicJwk), privateKey, publicJwk: withUse(publicJwk) };
  }
  if (env().NODE_ENV === "production") throw new Error("LTI_PRIVATE_KEY is required in production (docs/LTI.md)");
  let row = await db.ltiToolKey.findFirst({ orderBy: [{ createdAt: "asc" }, { kid: "asc" }] });
  if (!row) {
    const pair = await generateKeyPair(ALG, { extractable: true, modulusLength: 2048 });
    const publicJwk = await exportJWK(pair.publicKey);
    const privateJwk = await exportJWK(pair.privateKey);
    const kid = await calculateJwkThumbprint(publicJwk);
    await db.ltiToolKey.createMany({ data: [{ kid, privateJwk, publicJwk }], skipDuplicates: true });
    row = await db.ltiToolKey.findFirstOrThrow({ orderBy: [{ createdAt: "asc" }, { kid: "asc" }] });
  }
  const privateKey = (await importJWK(row.privateJwk as JWK, ALG)) as CryptoKey;
  return { kid: row.kid, privateKey, publicJwk: withUse(row.publicJwk as JWK) };
}

function withUse(jwk: JWK): JWK {
  return { kty: jwk.kty, n: jwk.n, e: jwk.e, alg: ALG, use: "sig" };
}

/** The tool's public JWKS (served at /api/lti/jwks). */
export async function toolJwks(): Promise<{ keys: JWK[] }> {
  const key = await toolKey();
  return { keys: [{ ...key.publicJwk, kid: key.kid }] };
}

export const TOOL_ALG = ALG;
