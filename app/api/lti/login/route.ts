import { z } from "zod";
import { LtiError } from "@/lib/lti/errors";
import { ltiErrorPage, readForm } from "@/lib/lti/http";
import { beginLogin } from "@/lib/lti/login";
import { loginRequestSchema } from "@/lib/lti/schemas";
import { appOrigin } from "@/lib/security/origin";

/**
 * OIDC third-party initiated login (LTI Core 1.3 §5.1.1), GET or POST from the LMS. Exempt from
 * the same-origin check by design (it is a cross-site request); it changes nothing but a state
 * row, and the launch that follows is verified by its signed id_token.
 */
async function login(req: Request, params: URLSearchParams | null): Promise<Response> {
  try {
    if (!params) throw new LtiError("The login request must be a form post or a query string.");
    const parsed = loginRequestSchema.safeParse(Object.fromEntries(params));
    if (!parsed.success) throw new LtiError(z.prettifyError(parsed.error));
    const origin = appOrigin(req.headers, req.url);
    const { url } = await beginLogin(parsed.data, `${origin}/api/lti/launch`);
    return new Response(null, { status: 302, headers: { Location: url, "Cache-Control": "no-store" } });
  } catch (err) {
    return ltiErrorPage(err);
  }
}

export const GET = (req: Request) => login(req, new URL(req.url).searchParams);
export const POST = async (req: Request) => login(req, await readForm(req));
