import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { createUser, expectNoAxeViolations, signIn } from "./helpers";

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
