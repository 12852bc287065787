import { completeLaunch } from "@/lib/lti/complete-launch";
import { LtiError } from "@/lib/lti/errors";
import { ltiErrorPage, readForm, seeOther } from "@/lib/lti/http";
import { isFramedRequest, ltiSessionCookies } from "@/lib/lti/session-cookie";
import { appOrigin } from "@/lib/security/origin";

/**
 * The launch (LTI Core 1.3 §5.1.3): the LMS's auto-submitted form with id_token and state.
 * Exempt from the same-origin check by design (a cross-site POST); trusted only through the
 * verified id_token (lib/lti/launch.ts). Signs the user in with SameSite=None cookies (partitioned
 * inside the LMS's iframe) and sends them on to /api/lti/continue, which notices when the
 * browser kept no cookie.
 */
export async function POST(req: Request) {
  try {
    const form = await readForm(req);
    const idToken = form?.get("id_token");
    const state = form?.get("state");
    if (form?.get("error")) throw new LtiError(`The LMS refused the login: ${form.get("error")}`);
    if (!idToken || !state) throw new LtiError("The launch must post id_token and state.");
    const launch = await completeLaunch(idToken, state);
    const origin = appOrigin(req.headers, req.url);
    const cookies = await ltiSessionCookies(origin, launch.user, launch.frameOrigin, {
      partitioned: isFramedRequest(req.headers),
    });
    return seeOther(origin, `/api/lti/continue?h=${encodeURIComponent(launch.handoff)}`, cookies);
  } catch (err) {
    return ltiErrorPage(err);
  }
}
