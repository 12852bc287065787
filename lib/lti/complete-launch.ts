import "server-only";
import { CLAIM, MESSAGE } from "./claims";
import { linkLtiUser, type LtiUser } from "./accounts";
import { createDeepLinkRequest } from "./deep-linking";
import { LtiError } from "./errors";
import { createHandoff } from "./handoff";
import { verifyLaunch } from "./launch";
import { recordResourceLaunch } from "./resource-links";

export interface CompletedLaunch {
  user: LtiUser;
  targetPath: string;
  handoff: string;
  frameOrigin: string;
}

/**
 * A launch end to end: verified (lib/lti/launch.ts), the user linked by (platform, sub), then
 * either the resource link recorded (its quiz or deck is the target) or, for a Deep Linking
 * request (instructors only), a picker opened. The handoff token carries the same sign-in to a
 * new window when the iframe keeps no cookie.
 */
export async function completeLaunch(idToken: string, state: string, now = new Date()): Promise<CompletedLaunch> {
  const { platform, claims } = await verifyLaunch(idToken, state, now);
  const user = await linkLtiUser(platform.id, claims.sub, {
    name: claims.name,
    roles: claims[CLAIM.roles],
  });
  let targetPath: string;
  if (claims[CLAIM.messageType] === MESSAGE.deepLinkingRequest) {
    if (user.role === "LEARNER") throw new LtiError("Only instructors can add Layerwise content to a course.", 403);
    const settings = claims[CLAIM.deepLinkingSettings]!;
    const token = await createDeepLinkRequest(
      {
        platformId: platform.id,
        deploymentId: claims[CLAIM.deploymentId],
        userId: user.id,
        returnUrl: settings.deep_link_return_url,
        data: settings.data ?? null,
      },
      now,
    );
    targetPath = `/api/lti/deep-link/${token}`;
  } else {
    targetPath = (await recordResourceLaunch(platform.id, user.id, claims)).targetPath;
  }
  const handoff = await createHandoff(platform.id, user.id, targetPath, now);
  return { user, targetPath, handoff, frameOrigin: platform.allowedOrigin };
}
