import { db } from "@/lib/db/client";
import { createPlatform } from "@/lib/lti/platforms";
import { toolJwks } from "@/lib/lti/keys";
import { startMockPlatform, type LaunchSpec, type MockPlatform } from "@/tests/lti/mock-platform";

export const TOOL = "http://localhost:3000";

/** A mock platform on a random port, registered as an admin would. */
export async function registeredPlatform(): Promise<{ mock: MockPlatform; platformId: string }> {
  const mock = await startMockPlatform({ toolJwks: toolJwks });
  const platform = await createPlatform(mock.registration());
  return { mock, platformId: platform.id };
}

/** The tool's side of the OIDC login: the state and nonce it sent the browser to the platform with. */
export async function login(mock: MockPlatform, hint: string, extra: Record<string, string> = {}) {
  const { GET } = await import("@/app/api/lti/login/route");
  const q = new URLSearchParams({
    iss: mock.issuer,
    login_hint: hint,
    target_link_uri: `${TOOL}/api/lti/launch`,
    client_id: mock.clientId,
    lti_deployment_id: mock.deploymentId,
    ...extra,
  });
  const res = await GET(new Request(`${TOOL}/api/lti/login?${q}`));
  const location = res.headers.get("location");
  if (res.status !== 302 || !location) return { res, state: "", nonce: "" };
  const url = new URL(location);
  return { res, state: url.searchParams.get("state")!, nonce: url.searchParams.get("nonce")!, url };
}

/** The platform's auto-submitted launch form, posted to the tool's launch route. */
export async function postLaunch(fields: Record<string, string>, headers: Record<string, string> = {}) {
  const { POST } = await import("@/app/api/lti/launch/route");
  const res = await POST(
    new Request(`${TOOL}/api/lti/launch`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "sec-fetch-site": "cross-site", ...headers },
      body: new URLSearchParams(fields),
    }),
  );
  return { res, text: res.status === 303 ? "" : await res.text() };
}

/** Login + launch with a token the mock signs for that login's nonce (`over` tampers with it). */
export async function launch(
  mock: MockPlatform,
  spec: LaunchSpec,
  over: Omit<Parameters<MockPlatform["signIdToken"]>[1], "nonce"> & { nonce?: string } = {},
  headers: Record<string, string> = {},
) {
  const hint = `hint-${Math.random()}`;
  mock.expectLaunch(hint, spec);
  const { state, nonce } = await login(mock, hint);
  const idToken = await mock.signIdToken(spec, { nonce, ...over });
  return { ...(await postLaunch({ id_token: idToken, state }, headers)), state, idToken, nonce };
}

export async function userOf(platformId: string, sub: string) {
  const identity = await db.ltiIdentity.findUnique({ where: { platformId_sub: { platformId, sub } } });
  return identity ? db.user.findUniqueOrThrow({ where: { id: identity.userId } }) : null;
}
