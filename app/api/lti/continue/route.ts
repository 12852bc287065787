import { getSessionUser } from "@/lib/auth/session";
import { peekHandoff, takeHandoff } from "@/lib/lti/handoff";
import { escapeHtml, htmlPage } from "@/lib/lti/html";
import { ltiErrorPage, seeOther } from "@/lib/lti/http";
import { LtiError } from "@/lib/lti/errors";
import { appOrigin } from "@/lib/security/origin";

/**
 * Right after a launch: when the browser sent back the session cookie the launch set, go on to
 * the quiz or deck. When it did not (third-party cookies blocked inside the LMS's iframe), offer
 * "Open in a new window", which carries the sign-in there with the single-use handoff token.
 */
export async function GET(req: Request) {
  try {
    const token = new URL(req.url).searchParams.get("h") ?? "";
    const handoff = await peekHandoff(token);
    if (!handoff) throw new LtiError("This launch link has expired. Launch again from your course.", 410);
    const origin = appOrigin(req.headers, req.url);
    const user = await getSessionUser();
    if (user?.id === handoff.userId && (await takeHandoff(token))) return seeOther(origin, handoff.targetPath);
    const href = `/api/lti/handoff?h=${encodeURIComponent(token)}`;
    return htmlPage(
      "Open Layerwise",
      `<h1>Open Layerwise in a new window</h1><p>Your browser does not let Layerwise keep you signed in inside this page (third-party cookies are blocked).</p><p><a class="button" href="${escapeHtml(href)}" target="_blank" rel="opener">Open in a new window</a></p><p>The link works once, for two minutes.</p>`,
      { frameAncestors: handoff.platform.allowedOrigin },
    );
  } catch (err) {
    return ltiErrorPage(err);
  }
}
