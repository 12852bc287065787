import { expect, test } from "@playwright/test";
import { ROLE, startMockPlatform, type MockPlatform } from "../lti/mock-platform";
import { answerCurrent, createQuiz, createUser, e2eDb, expectNoAxeViolations, ORIGIN, signIn } from "./helpers";

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
  ({ id: quizId, title } = await createQuiz("LTI", { questionCount: 2, timeLimitSeconds: 600, attemptsAllowed: 3 }));
});
test.afterAll(() => mock.close());

const start = (hint: string, page = "start") => `${mock.origin}/${page}?${new URLSearchParams({ hint, tool: ORIGIN })}`;

test("launch → attempt → submit → the platform receives exactly one score", async ({ page }) => {
  test.slow();
  // Unique per run: the e2e database outlives a local run, and so can an old run's retrying job.
  const lineItemId = `li-${Math.random().toString(36).slice(2, 8)}`;
  mock.expectLaunch("learner-top", {
    sub: "e2e-learner",
    name: "Ella Learner",
    custom: { quiz_id: quizId },
    resourceLinkId: "rl-top",
    lineItemId,
  });
  await page.goto(start("learner-top"));
  await expect(page).toHaveURL(`${ORIGIN}/quizzes/${quizId}`);
  await page.getByRole("button", { name: `Start ${title}` }).click();
  // answerCurrent looks at the question on screen at once: wait for the attempt page first.
  await expect(page.getByRole("region", { name: /Question 1 of 2/ })).toBeVisible();
  await answerCurrent(page);
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("region", { name: /Question 2 of 2/ })).toBeVisible();
  await answerCurrent(page);
  await page.getByRole("button", { name: "Submit quiz" }).click();
  await page.getByRole("button", { name: "Submit now" }).click();
  await expect(page.getByRole("heading", { name: /^Results: / })).toBeVisible();

  await expect
    .poll(() => mock.received.scores.filter((s) => s.lineItemId === lineItemId).length, { timeout: 30_000 })
    .toBe(1);
  const [score] = mock.received.scores.filter((s) => s.lineItemId === lineItemId);
  expect(score.body).toMatchObject({ userId: "e2e-learner", scoreMaximum: 100, activityProgress: "Completed" });
  // The job is done and stays done: still one score a few polls later.
  await page.waitForTimeout(5_000);
  expect(mock.received.scores.filter((s) => s.lineItemId === lineItemId)).toHaveLength(1);
});

test("inside the platform's iframe the quiz opens and starts (frame-ancestors, partitioned cookies)", async ({
  page,
}) => {
  mock.expectLaunch("learner-frame", { sub: "e2e-framed", custom: { quiz_id: quizId }, resourceLinkId: "rl-frame" });
  await page.goto(start("learner-frame", "course"));
  const frame = page.frameLocator('iframe[title="Layerwise"]');
  await expect(frame.getByRole("button", { name: `Start ${title}` })).toBeVisible({ timeout: 30_000 });
  // A write from inside the frame: the partitioned session cookie comes back with it.
  await frame.getByRole("button", { name: `Start ${title}` }).click();
  await expect(frame.getByRole("region", { name: /Question 1 of 2/ })).toBeVisible();
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

test("admins register, edit and delete a platform with the keyboard; a bad field is named", async ({ page }) => {
  const admin = await createUser("ADMIN");
  await signIn(page, admin);
  await page.goto("/admin");
  await page.getByRole("link", { name: "LTI platforms" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "LTI platforms", level: 1 })).toBeVisible();
  await expect(page.getByText(`${ORIGIN}/api/lti/login`)).toBeVisible();

  const name = `Moodle ${Math.random().toString(36).slice(2, 8)}`;
  const form = page.getByRole("form", { name: "Register a platform" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Issuer").fill(`https://${name.replace(" ", "-").toLowerCase()}.example.edu`);
  await form.getByLabel("Client ID").fill("client-1");
  await form.getByLabel("Deployment IDs").fill("1\n2");
  await form.getByLabel("Authentication request URL").fill("https://lms.example.edu/mod/lti/auth.php");
  await form.getByLabel("Access token URL").fill("https://lms.example.edu/mod/lti/token.php");
  await form.getByLabel("Public keyset URL").fill("certs.php");
  await form.getByLabel("Public keyset URL").press("Enter");
  // Refused: the alert names the field, the field says why and has the focus.
  await expect(page.getByRole("alert").filter({ hasText: "Check:" })).toHaveText(/Check: Public keyset URL\.$/);
  const jwks = form.getByLabel("Public keyset URL");
  await expect(jwks).toHaveAttribute("aria-invalid", "true");
  await expect(jwks).toHaveAccessibleDescription(/jwksUrl must be a URL/);
  await expect(jwks).toBeFocused();
  await expectNoAxeViolations(page);

  await jwks.fill("https://lms.example.edu/mod/lti/certs.php");
  await jwks.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: `${name}: registered.` })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("1, 2");
  await expect(row).toContainText("https://lms.example.edu"); // the frame origin defaults to the login URL's

  await page.getByRole("button", { name: `Edit ${name}` }).focus();
  await page.keyboard.press("Enter");
  const edit = page.getByRole("form", { name: `Edit ${name}` });
  await expect(edit.getByLabel("Name")).toBeFocused();
  await expect(edit.getByLabel("Deployment IDs")).toHaveValue("1\n2");
  await page.keyboard.press("End");
  await page.keyboard.type(" (main)");
  await edit.getByLabel("Deployment IDs").fill("3");
  await edit.getByRole("button", { name: "Save changes" }).press("Enter");
  await expect(page.getByRole("status").filter({ hasText: `${name} (main): saved.` })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`${name} \\(main\\)`) })).toContainText("3");

  await page.getByRole("button", { name: `Delete ${name} (main)` }).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Delete this platform?" });
  await expect(dialog).toContainText(`${name} (main)`);
  await dialog.getByRole("button", { name: "Delete platform" }).press("Enter");
  await expect(page.getByRole("status").filter({ hasText: `${name} (main): deleted.` })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toHaveCount(0);
  const { rows } = await e2eDb().query(`SELECT 1 FROM "LtiPlatform" WHERE name LIKE $1`, [`${name}%`]);
  expect(rows).toHaveLength(0);
});
