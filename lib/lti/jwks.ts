import "server-only";
import { createRemoteJWKSet } from "jose";

/**
 * A platform's signing keys, fetched from its JWKS URL by jose and cached. A token signed with a
 * kid the cache lacks makes jose fetch the set again (key rotation), at most once per cooldown,
 * so a stream of tokens with made-up kids cannot make us hammer the platform.
 */
export const JWKS_COOLDOWN_MS = 5_000;
const CACHE_MAX_AGE_MS = 10 * 60_000;

type RemoteSet = ReturnType<typeof createRemoteJWKSet>;
const sets = new Map<string, RemoteSet>();

export function platformJwks(jwksUrl: string): RemoteSet {
  let set = sets.get(jwksUrl);
  if (!set) {
    set = createRemoteJWKSet(new URL(jwksUrl), {
      cooldownDuration: JWKS_COOLDOWN_MS,
      cacheMaxAge: CACHE_MAX_AGE_MS,
      timeoutDuration: 5_000,
    });
    if (sets.size > 200) sets.delete(sets.keys().next().value!);
    sets.set(jwksUrl, set);
  }
  return set;
}
