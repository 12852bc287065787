import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { JWKS_COOLDOWN_MS } from "@/lib/lti/jwks";
import { ROLE, type MockPlatform } from "@/tests/lti/mock-platform";
import { launch, login, postLaunch, registeredPlatform, userOf } from "./helpers";

process.env.NEXTAUTH_SECRET = "test-secret-for-session-tokens";

let mock: MockPlatform;
let platformId: string;
beforeAll(async () => ({ mock, platformId } = await registeredPlatform()));
afterAll(() => mock.close());

describe("LTI login and launch", () => {
  it("login answers the platform's auth URL with the OIDC parameters; a launch signs a new learner in", async () => {
    mock.expectLaunch("h1", { sub: "s-1" });
    const { res, url } = await login(mock, "h1", { lti_message_hint: "mh" });
    expect(res.status).toBe(302);
    expect(url!.origin + url!.pathname).toBe(`${mock.origin}/auth`);
    expect(Object.fromEntries(url!.searchParams)).toMatchObject({
      scope: "openid",
      response_type: "id_token",
      response_mode: "form_post",
      prompt: "none",
      client_id: mock.clientId,
      redirect_uri: "http://localhost:3000/api/lti/launch",
      login_hint: "h1",
      lti_message_hint: "mh",
    });

    const { res: launched } = await launch(mock, { sub: "learner-1", name: "Lee Learner" });
    expect(launched.status).toBe(303);
    expect(launched.headers.get("location")).toMatch(/^http:\/\/localhost:3000\/api\/lti\/continue\?h=/);
    const cookies = launched.headers.getSetCookie();
    expect(cookies).toHaveLength(2);
    expect(cookies[0]).toMatch(/^next-auth\.session-token=.+; .*HttpOnly; Secure; SameSite=None/);
    expect(cookies[1]).toMatch(/^layerwise-lti-frame=.+; .*Secure; SameSite=None/);
    const user = await userOf(platformId, "learner-1");
    expect(user).toMatchObject({ name: "Lee Learner", role: "LEARNER" });
    expect(user!.email).toMatch(/@lti\.invalid$/);

    // The same subject again is the same account.
    expect((await launch(mock, { sub: "learner-1" })).res.status).toBe(303);
    expect(await db.ltiIdentity.count({ where: { platformId, sub: "learner-1" } })).toBe(1);
  });

  it("inside the LMS's iframe (Sec-Fetch-Dest: iframe) the cookies are Partitioned, at top level they are not", async () => {
    // Chromium keeps no unpartitioned third-party cookie: without the attribute the framed launch never kept its session.
    const framed = (
      await launch(mock, { sub: "framed-1" }, {}, { "sec-fetch-dest": "iframe" })
    ).res.headers.getSetCookie();
    expect(framed).toHaveLength(2);
    for (const c of framed) expect(c).toMatch(/; Secure; SameSite=None; Partitioned$/);
    const top = (
      await launch(mock, { sub: "framed-1" }, {}, { "sec-fetch-dest": "document" })
    ).res.headers.getSetCookie();
    for (const c of top) expect(c).not.toMatch(/Partitioned/);
  });

  it("never links by email: a claim naming an existing account's email makes a new account", async () => {
    const local = await db.user.create({ data: { email: "owner@example.com", role: "ADMIN" } });
    const { res } = await launch(mock, { sub: "attacker" }, { claims: { email: "owner@example.com" } });
    expect(res.status).toBe(303);
    const linked = await userOf(platformId, "attacker");
    expect(linked!.id).not.toBe(local.id);
  });

  it("maps Instructor to INSTRUCTOR and never grants ADMIN", async () => {
    await launch(mock, { sub: "teacher", roles: [ROLE.instructor] });
    expect((await userOf(platformId, "teacher"))!.role).toBe("INSTRUCTOR");
    await launch(mock, {
      sub: "sysadmin",
      roles: ["http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator", ROLE.learner],
    });
    expect((await userOf(platformId, "sysadmin"))!.role).toBe("LEARNER");
  });

  it("refuses a replayed launch (the same form posted twice)", async () => {
    const first = await launch(mock, { sub: "replay" });
    expect(first.res.status).toBe(303);
    const again = await postLaunch({ id_token: first.idToken, state: first.state });
    expect(again.res.status).toBe(400);
    expect(again.text).toContain("already used");
  });

  it("refuses a replayed nonce under a fresh state", async () => {
    const first = await launch(mock, { sub: "replay-2" });
    expect(first.res.status).toBe(303);
    mock.expectLaunch("h-replay", { sub: "replay-2" });
    const { state } = await login(mock, "h-replay");
    const replayed = await postLaunch({ id_token: first.idToken, state });
    expect(replayed.res.status).toBe(400);
    expect(replayed.text).toContain("nonce");
  });

  it("refuses an unknown or missing state", async () => {
    const token = await mock.signIdToken({ sub: "x" }, { nonce: "n" });
    const res = await postLaunch({ id_token: token, state: "made-up" });
    expect(res.res.status).toBe(400);
    expect(res.text).toContain("state");
    expect((await postLaunch({ id_token: token })).res.status).toBe(400);
  });

  it("refuses a token for another audience", async () => {
    const { res, text } = await launch(mock, { sub: "aud" }, { claims: { aud: "someone-else" } });
    expect(res.status).toBe(401);
    expect(text).toContain("aud");
    expect(await userOf(platformId, "aud")).toBeNull();
  });

  it("refuses an azp that is not ours", async () => {
    const { res } = await launch(mock, { sub: "azp" }, { claims: { aud: [mock.clientId, "other"], azp: "other" } });
    expect(res.status).toBe(400);
  });

  it("refuses an expired token beyond the 60 s tolerance, accepts one within it", async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await launch(mock, { sub: "late" }, { iat: now - 400, exp: now - 120 });
    expect(expired.res.status).toBe(401);
    expect(expired.text).toContain("expired");
    const skewed = await launch(mock, { sub: "skewed" }, { iat: now - 300, exp: now - 30 });
    expect(skewed.res.status).toBe(303);
    const future = await launch(mock, { sub: "future" }, { iat: now + 600, exp: now + 900 });
    expect(future.res.status).toBe(401);
  });

  it("refuses a token signed by a key the platform's JWKS does not have", async () => {
    const { res, text } = await launch(mock, { sub: "stranger" }, { key: await mock.strangerKey() });
    expect(res.status).toBe(401);
    expect(text).toContain("JWKS");
  });

  it("follows the platform's key rotation (refetches its JWKS for a new kid)", async () => {
    expect((await launch(mock, { sub: "rot" })).res.status).toBe(303);
    await mock.rotateKey();
    await new Promise((r) => setTimeout(r, JWKS_COOLDOWN_MS + 100));
    const fetches = mock.received.jwksFetches;
    expect((await launch(mock, { sub: "rot" })).res.status).toBe(303);
    expect(mock.received.jwksFetches).toBe(fetches + 1);
  });

  it("refuses an unregistered deployment, at login and at launch", async () => {
    const { res } = await login(mock, "h", { lti_deployment_id: "other-deployment" });
    expect(res.status).toBe(403);
    const launched = await launch(
      mock,
      { sub: "dep" },
      { claims: { "https://purl.imsglobal.org/spec/lti/claim/deployment_id": "other-deployment" } },
    );
    expect(launched.res.status).toBe(403);
  });

  it("refuses an unregistered issuer and a launch without LTI claims", async () => {
    const { GET } = await import("@/app/api/lti/login/route");
    const res = await GET(
      new Request(
        `http://localhost:3000/api/lti/login?iss=https://nobody.example&login_hint=x&target_link_uri=${encodeURIComponent("http://localhost:3000/api/lti/launch")}`,
      ),
    );
    expect(res.status).toBe(404);
    const bare = await launch(
      mock,
      { sub: "bare" },
      { claims: { "https://purl.imsglobal.org/spec/lti/claim/version": "1.1" } },
    );
    expect(bare.res.status).toBe(400);
    expect(bare.text).toContain("version must be 1.3.0");
  });
});
