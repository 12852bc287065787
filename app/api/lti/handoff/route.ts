import { db } from "@/lib/db/client";
import { LtiError } from "@/lib/lti/errors";
import { takeHandoff } from "@/lib/lti/handoff";
import { ltiErrorPage, seeOther } from "@/lib/lti/http";
import { ltiSessionCookies } from "@/lib/lti/session-cookie";
import { appOrigin } from "@/lib/security/origin";

/** The new-window fallback: uses the handoff token up, signs its user in here (first party) and opens the target. */
export async function GET(req: Request) {
  try {
    const handoff = await takeHandoff(new URL(req.url).searchParams.get("h") ?? "");
    if (!handoff) throw new LtiError("This link was already used or has expired. Launch again from your course.", 410);
    const [user, platform] = await Promise.all([
      db.user.findUnique({
        where: { id: handoff.userId },
        select: { id: true, email: true, name: true, role: true, disabledAt: true },
      }),
      db.ltiPlatform.findUniqueOrThrow({ where: { id: handoff.platformId } }),
    ]);
    if (!user || user.disabledAt) throw new LtiError("Your Layerwise account is disabled.", 403);
    const origin = appOrigin(req.headers, req.url);
    return seeOther(origin, handoff.targetPath, await ltiSessionCookies(origin, user, platform.allowedOrigin));
  } catch (err) {
    return ltiErrorPage(err);
  }
}
