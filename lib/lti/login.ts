import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db/client";
import { LtiError } from "./errors";
import { findPlatform } from "./platforms";
import type { LoginRequest } from "./schemas";

/** How long a login may take to come back as a launch. */
export const STATE_TTL_MS = 10 * 60_000;

const random = () => crypto.randomBytes(32).toString("base64url");

/**
 * The third-party initiated login (LTI Core 1.3 §5.1.1, OIDC): finds the registered platform,
 * stores a fresh state with its nonce (the launch must bring both back, once) and answers the
 * platform's authorization URL with the OIDC parameters. `redirectUri` is our launch URL.
 */
export async function beginLogin(
  req: LoginRequest,
  redirectUri: string,
  now = new Date(),
): Promise<{ url: string; state: string }> {
  const platform = await findPlatform(req.iss, req.client_id);
  if (!platform) throw new LtiError("This LMS (issuer and client id) is not registered with Layerwise.", 404);
  if (req.lti_deployment_id && !platform.deploymentIds.includes(req.lti_deployment_id)) {
    throw new LtiError("This LMS deployment is not registered with Layerwise.", 403);
  }
  const state = random();
  const nonce = random();
  await db.ltiState.create({
    data: { state, nonce, platformId: platform.id, expiresAt: new Date(now.getTime() + STATE_TTL_MS) },
  });
  // Expired states of any platform go too: the table holds only logins in flight.
  await db.ltiState.deleteMany({ where: { expiresAt: { lt: now } } });
  const url = new URL(platform.authLoginUrl);
  const params: Record<string, string> = {
    scope: "openid",
    response_type: "id_token",
    response_mode: "form_post",
    prompt: "none",
    client_id: platform.clientId,
    redirect_uri: redirectUri,
    login_hint: req.login_hint,
    state,
    nonce,
  };
  if (req.lti_message_hint) params.lti_message_hint = req.lti_message_hint;
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return { url: url.toString(), state };
}
