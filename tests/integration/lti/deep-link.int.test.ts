import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createLocalJWKSet, jwtVerify } from "jose";
import { db } from "@/lib/db/client";
import { toolJwks } from "@/lib/lti/keys";
import { REVIEW_PRESETS } from "@/lib/quiz/review-options";
import { makeDeck, makeUser } from "@/tests/helpers/factories";
import { carryToken } from "@/tests/helpers/request-cookies";
import { ROLE, type MockPlatform } from "@/tests/lti/mock-platform";
import { launch, registeredPlatform, TOOL } from "./helpers";

process.env.NEXTAUTH_SECRET = "test-secret-for-session-tokens";
process.env.NEXTAUTH_URL = TOOL;
vi.mock("next/headers", async () => (await import("@/tests/helpers/request-cookies")).nextHeadersMock);
const deepLink = await import("@/app/api/lti/deep-link/[token]/route");
const cont = await import("@/app/api/lti/continue/route");
const handoff = await import("@/app/api/lti/handoff/route");

let mock: MockPlatform;
let quizId: string;
beforeAll(async () => {
  ({ mock } = await registeredPlatform());
  const owner = await makeUser({ role: "INSTRUCTOR" });
  const deck = await makeDeck(owner.id, { count: 3 });
  quizId = (
    await db.quiz.create({
      data: {
        deckId: deck.id,
        title: "Namespaces quiz",
        questionCount: 2,
        reviewOptions: REVIEW_PRESETS.AFTER_EACH_ATTEMPT,
      },
    })
  ).id;
});
afterAll(() => mock.close());

const ctx = (token: string) => ({ params: Promise.resolve({ token }) });
const pick = (token: string, item: string, site = "same-origin") =>
  deepLink.POST(
    new Request(`${TOOL}/api/lti/deep-link/${token}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "sec-fetch-site": site },
      body: new URLSearchParams({ item }),
    }),
    ctx(token),
  );

describe("Deep Linking", () => {
  it("an instructor picks a quiz; the platform gets a signed ltiResourceLink naming it, once", async () => {
    const { res } = await launch(mock, {
      sub: "dl-prof",
      roles: [ROLE.instructor],
      messageType: "LtiDeepLinkingRequest",
    });
    const h = new URL(res.headers.get("location")!).searchParams.get("h")!;
    const opened = await handoff.GET(new Request(`${TOOL}/api/lti/handoff?h=${h}`));
    const token = /\/api\/lti\/deep-link\/([^/?]+)$/.exec(opened.headers.get("location")!)![1];

    const picker = await deepLink.GET(new Request(`${TOOL}/api/lti/deep-link/${token}`), ctx(token));
    expect(picker.status).toBe(200);
    expect(picker.headers.get("content-security-policy")).toContain(`frame-ancestors ${mock.origin}`);
    expect(await picker.text()).toContain(`quiz:${quizId}`);

    expect((await pick(token, `quiz:${quizId}`, "cross-site")).status).toBe(403);
    const answered = await pick(token, `quiz:${quizId}`);
    expect(answered.status).toBe(200);
    expect(answered.headers.get("content-security-policy")).toContain(`form-action ${mock.origin}`);
    const html = await answered.text();
    expect(html).toContain(`action="${mock.origin}/deep-link-return"`);
    const jwt = /name="JWT" value="([^"]+)"/.exec(html)![1];
    const { payload } = await jwtVerify(jwt, createLocalJWKSet(await toolJwks()), {
      issuer: mock.clientId,
      audience: mock.issuer,
    });
    expect(payload["https://purl.imsglobal.org/spec/lti/claim/message_type"]).toBe("LtiDeepLinkingResponse");
    expect(payload["https://purl.imsglobal.org/spec/lti-dl/claim/data"]).toBe("dl-data-42");
    expect(payload["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"]).toEqual([
      expect.objectContaining({
        type: "ltiResourceLink",
        url: `${TOOL}/api/lti/launch`,
        custom: { quiz_id: quizId },
        lineItem: expect.objectContaining({ scoreMaximum: 100 }),
      }),
    ]);
    expect((await pick(token, `quiz:${quizId}`)).status).toBe(404);
  });

  it("a learner cannot open the picker", async () => {
    const { res, text } = await launch(mock, { sub: "dl-kid", messageType: "LtiDeepLinkingRequest" });
    expect(res.status).toBe(403);
    expect(text).toContain("Only instructors");
  });
});

describe("after the launch: cookie kept, or the new-window fallback", () => {
  it("with the session cookie back, continue goes to the quiz; without it, offers a single-use new window", async () => {
    const first = await launch(mock, { sub: "kept", custom: { quiz_id: quizId }, resourceLinkId: "rl-kept" });
    const session = first.res.headers.getSetCookie()[0].split(";")[0].split("=").slice(1).join("=");
    carryToken(session);
    const ok = await cont.GET(new Request(first.res.headers.get("location")!));
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe(`${TOOL}/quizzes/${quizId}`);

    const second = await launch(mock, { sub: "blocked", custom: { quiz_id: quizId }, resourceLinkId: "rl-blocked" });
    carryToken(null);
    const fallback = await cont.GET(new Request(second.res.headers.get("location")!));
    expect(fallback.status).toBe(200);
    expect(fallback.headers.get("content-security-policy")).toContain(`frame-ancestors ${mock.origin}`);
    const page = await fallback.text();
    expect(page).toContain("Open in a new window");
    const href = /href="([^"]+)"/.exec(page)![1].replace(/&#38;/g, "&");
    const opened = await handoff.GET(new Request(`${TOOL}${href}`));
    expect(opened.status).toBe(303);
    expect(opened.headers.get("location")).toBe(`${TOOL}/quizzes/${quizId}`);
    expect(opened.headers.getSetCookie()[0]).toMatch(/^next-auth\.session-token=/);
    expect((await handoff.GET(new Request(`${TOOL}${href}`))).status).toBe(410);
  });
});
