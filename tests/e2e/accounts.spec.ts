import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { createUser, e2eDb, expectNoAxeViolations, signIn } from "./helpers";

test("a visitor signs up, signs out and signs in again", async ({ page }) => {
  const email = `new-${crypto.randomBytes(6).toString("hex")}@e2e.test`;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Nora New");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("current-user")).toContainText("Nora New");
  await expect(page.getByTestId("current-user")).toContainText("Learner");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toContainText("Nora New");
});

test("sign-up with bad input shows field errors", async ({ page }) => {
  const user = await createUser();
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Dup");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Password must be at least 10 characters")).toBeVisible();
  await page.getByLabel("Password").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with this email already exists").first()).toBeVisible();
});

test("a wrong password says so and does not sign in", async ({ page }) => {
  const user = await createUser();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  expect((await page.request.get("/api/v1/me")).status()).toBe(401);
});

test("a learner opening an instructor page is refused", async ({ page }) => {
  const user = await createUser("LEARNER");
  await signIn(page, user);
  const res = await page.goto("/author");
  expect(res?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Author" })).toHaveCount(0);
});

test("signed-out visitors are sent to sign in", async ({ page }) => {
  await page.goto("/study");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fstudy/);
});

test("sign-in and home pages pass axe checks", async ({ page }) => {
  await page.goto("/sign-in");
  await expectNoAxeViolations(page);
  await page.goto("/");
  await expectNoAxeViolations(page);
  const user = await createUser();
  await signIn(page, user);
  await page.goto("/");
  await expectNoAxeViolations(page);
});

/** The reset link from the newest mail to `email` in the server's outbox (no SMTP_URL in e2e). */
async function resetLinkFor(email: string): Promise<string> {
  const fs = await import("node:fs");
  const path = await import("node:path");
  const dir = path.resolve(import.meta.dirname, "../../.data/outbox");
  let link: string | undefined;
  await expect
    .poll(
      () => {
        const files = fs.existsSync(dir)
          ? fs
              .readdirSync(dir)
              .filter((f) => f.endsWith(".eml"))
              .sort()
              .reverse()
          : [];
        for (const f of files) {
          const raw = fs.readFileSync(path.join(dir, f), "utf8");
          if (!raw.includes(`To: ${email}`)) continue;
          const text = raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
          link = text.match(/https?:\/\/\S+\/reset-password\?token=[A-Za-z0-9_-]+/)?.[0];
          if (link) return true;
        }
        return false;
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  return link!;
}

test("signing out revokes the session token itself: a copy of the old cookie is refused", async ({ page, browser }) => {
  const user = await createUser();
  await signIn(page, user);
  const cookies = await page.context().cookies();
  await page.goto("/");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

  const other = await browser.newContext();
  await other.addCookies(cookies);
  expect((await other.request.get("/api/v1/me")).status()).toBe(401);
  const otherPage = await other.newPage();
  await otherPage.goto("/settings");
  await expect(otherPage).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings/);
  await other.close();
});

test("forgot password: the neutral answer, the mailed link, a new password, and the old one refused", async ({
  page,
}) => {
  test.slow(); // two axe runs and two argon2 sign-ins on a shared machine
  const user = await createUser();
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Email").press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "If an account exists for that email" })).toBeVisible();

  await page.goto(await resetLinkFor(user.email));
  await expectNoAxeViolations(page);
  await page.getByLabel("New password", { exact: true }).fill("my-brand-new-password");
  await page.getByLabel("Repeat the new password").fill("my-brand-new-password");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password has been changed" })).toBeVisible();

  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  await page.getByLabel("Password").fill("my-brand-new-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
});

test("a disabled account with the right password is told it is disabled; with a wrong one, the generic message", async ({
  page,
}) => {
  const user = await createUser();
  await e2eDb().query(`UPDATE "User" SET "disabledAt" = now() WHERE id = $1`, [user.id]);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "This account has been disabled" })).toBeVisible();
  expect((await page.request.get("/api/v1/me")).status()).toBe(401);
});

test("changing the password on settings keeps this browser signed in and signs out the others; then sign out everywhere, by keyboard", async ({
  page,
  browser,
}) => {
  test.slow(); // two axe runs and two argon2 sign-ins on a shared machine
  const user = await createUser();
  const elsewhere = await browser.newContext();
  const elsewherePage = await elsewhere.newPage();
  await signIn(elsewherePage, user);
  await signIn(page, user);
  await page.goto("/settings");
  await expectNoAxeViolations(page);

  await page.getByLabel("Current password").fill("wrong-current-password");
  await page.getByLabel("New password").fill("another-long-password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("The current password is not right").first()).toBeVisible();

  await page.getByLabel("Current password").fill(user.password);
  await page.getByLabel("New password").fill("another-long-password");
  await page.getByLabel("New password").press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Password changed" })).toBeVisible();
  expect((await page.request.get("/api/v1/me")).status()).toBe(200);
  expect((await elsewhere.request.get("/api/v1/me")).status()).toBe(401);
  await elsewhere.close();

  await page.getByRole("button", { name: "Sign out everywhere" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/sign-in/);
  expect((await page.request.get("/api/v1/me")).status()).toBe(401);
});
