import { expect, test } from "@playwright/test";
import { ROLE, startMockPlatform, type MockPlatform } from "../lti/mock-platform";
import { answerCurrent, e2eDb, ORIGIN } from "./helpers";

/**
 * LTI 1.3 against the in-repo mock platform on 127.0.0.1:3521 (another site than the tool on
 * localhost): the platform's page auto-posts a launch, the learner takes a short quiz and
 * submits, and the platform receives exactly one score; inside the platform's iframe the quiz
 * page renders (frame-ancestors allows the registered origin); an instructor's Deep Linking
 * pick reaches the platform as a signed content item.
 */
test.describe.configure({ mode: "serial" });

let mock: MockPlatform;
let quizId: string;
let title: string;

test.beforeAll(async () => {
  mock = await startMockPlatform({
    port: 3521,
    clientId: `e2e-${Math.random().toString(36).slice(2, 8)}`,
    toolJwks: `${ORIGIN}/api/lti/jwks`,
  });
  const reg = mock.registration();
  await e2eDb().query(
    `INSERT INTO "LtiPlatform" (id, name, issuer, "clientId", "deploymentIds", "authLoginUrl", "tokenUrl", "jwksUrl", "allowedOrigin", "updatedAt")
     VALUES ('e2e-lti-' || md5(random()::text), $1, $2, $3, $4, $5, $6, $7, $8, now())`,
    [reg.name, reg.issuer, reg.clientId, reg.deploymentIds, reg.authLoginUrl, reg.tokenUrl, reg.jwksUrl, mock.origin],
  );
  title = `LTI ${Math.random().toString(36).slice(2, 8)}`;
  const { rows } = await e2eDb().query<{ id: string }>(
    `INSERT INTO "Quiz" (id, "deckId", title, "questionCount", "timeLimitSeconds", "attemptsAllowed", "passMarkPercent", "updatedAt")
     SELECT 'e2e-quiz-' || md5(random()::text), id, $1, 2, 600, 3, 50, now() FROM "Deck" WHERE slug = 'docker-images'
     RETURNING id`,
    [title],
  );
  quizId = rows[0].id;
});
test.afterAll(() => mock.close());

const start = (hint: string, page = "start") => `${mock.origin}/${page}?${new URLSearchParams({ hint, tool: ORIGIN })}`;

test("launch → attempt → submit → the platform receives exactly one score", async ({ page }) => {
  test.slow();
  mock.expectLaunch("learner-top", {
    sub: "e2e-learner",
    name: "Ella Learner",
    custom: { quiz_id: quizId },
    resourceLinkId: "rl-top",
    lineItemId: "li-top",
  });
  await page.goto(start("learner-top"));
  await expect(page).toHaveURL(`${ORIGIN}/quizzes/${quizId}`);
  await page.getByRole("button", { name: `Start ${title}` }).click();
  await answerCurrent(page);
  await page.getByRole("button", { name: "Next" }).click();
  await answerCurrent(page);
  await page.getByRole("button", { name: "Submit quiz" }).click();
  await page.getByRole("button", { name: "Submit now" }).click();
  await expect(page.getByRole("heading", { name: /^Results: / })).toBeVisible();

  await expect
    .poll(() => mock.received.scores.filter((s) => s.lineItemId === "li-top").length, { timeout: 30_000 })
    .toBe(1);
  const [score] = mock.received.scores.filter((s) => s.lineItemId === "li-top");
  expect(score.body).toMatchObject({ userId: "e2e-learner", scoreMaximum: 100, activityProgress: "Completed" });
  // The job is done and stays done: still one score a few polls later.
  await page.waitForTimeout(5_000);
  expect(mock.received.scores.filter((s) => s.lineItemId === "li-top")).toHaveLength(1);
});

test("inside the platform's iframe the quiz opens (frame-ancestors allows the registered origin)", async ({ page }) => {
  mock.expectLaunch("learner-frame", { sub: "e2e-framed", custom: { quiz_id: quizId }, resourceLinkId: "rl-frame" });
  await page.goto(start("learner-frame", "course"));
  const frame = page.frameLocator('iframe[title="Layerwise"]');
  await expect(frame.getByRole("button", { name: `Start ${title}` })).toBeVisible({ timeout: 30_000 });
});

test("deep linking: an instructor picks the quiz and the platform receives a signed content item", async ({ page }) => {
  mock.expectLaunch("prof-dl", { sub: "e2e-prof", roles: [ROLE.instructor], messageType: "LtiDeepLinkingRequest" });
  await page.goto(start("prof-dl"));
  await expect(page.getByRole("heading", { name: "Add Layerwise to your course" })).toBeVisible();
  await page.getByRole("radio", { name: new RegExp(title) }).check();
  await page.getByRole("button", { name: "Add to course" }).click();
  await expect(page.getByRole("heading", { name: "Content added" })).toBeVisible();
  expect(mock.received.deepLinks).toHaveLength(1);
  expect(mock.received.deepLinks[0]["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"]).toEqual([
    expect.objectContaining({ type: "ltiResourceLink", custom: { quiz_id: quizId } }),
  ]);
});
