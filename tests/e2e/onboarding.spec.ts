import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { createUser, e2eDb, expectNoAxeViolations, signIn } from "./helpers";

test.describe("first sign-in", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("a new learner chooses decks, a daily limit and a time zone, then sees what to study", async ({ page }) => {
    const email = `welcome-${crypto.randomBytes(6).toString("hex")}@e2e.test`;
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Wanda Welcome");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a-long-enough-password");
    await page.getByRole("button", { name: "Create account" }).click();

    await expect(page).toHaveURL(/\/welcome$/);
    await expect(page.getByRole("heading", { level: 1, name: "Welcome, Wanda Welcome" })).toBeVisible();
    // The zone comes from the browser; the four chapter decks are chosen, the in-depth deck offered.
    await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Tokyo");
    for (const section of ["4.1", "4.2", "4.3", "4.4"])
      await expect(page.getByRole("checkbox", { name: new RegExp(`^${section.replace(".", "\\.")} `) })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: /^5 Container internals/ })).not.toBeChecked();
    await expectNoAxeViolations(page);

    await page.getByLabel("New cards per day").fill("-3");
    await page.getByRole("button", { name: "Save and go to my dashboard" }).click();
    await expect(page.getByText("Use 0 or more", { exact: true })).toBeVisible();
    await expect(page).toHaveURL(/\/welcome$/);

    await page.getByLabel("New cards per day").fill("5");
    await page.getByRole("button", { name: "Save and go to my dashboard" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Welcome, Wanda Welcome" })).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId("due-today")).toHaveText("0");
    await expect(page.getByTestId("new-today")).toHaveText("5");
    await expect(page.getByTestId("streak")).toHaveText("0 days");
    await expect(page.getByRole("link", { name: "Start studying" })).toHaveAttribute("href", "/study");
    await expectNoAxeViolations(page);

    const { rows } = await e2eDb().query(
      `SELECT u."timeZone", u."newCardsPerDay", u."onboardedAt" IS NOT NULL AS onboarded, count(e."deckId")::int AS decks
       FROM "User" u LEFT JOIN "DeckEnrollment" e ON e."userId" = u.id WHERE u.email = $1 GROUP BY u.id`,
      [email],
    );
    expect(rows[0]).toEqual({ timeZone: "Asia/Tokyo", newCardsPerDay: 5, onboarded: true, decks: 4 });

    // Done once: the dashboard no longer sends them to /welcome, and /welcome sends them home.
    await page.goto("/welcome");
    await expect(page).toHaveURL(/\/$/);
  });
});

test("on a phone, the progress heatmap opens at this week and says what it shows", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const user = await createUser("LEARNER", { enrollAll: true });
  await signIn(page, user);
  await page.goto("/progress");
  await expect(page.getByTestId("empty-state")).toContainText("No reviews yet");
  const chart = page.getByRole("img", { name: /^Reviews per day over the last year: 0 reviews/ });
  await expect(chart).toBeVisible();
  const today = chart.locator("rect").last();
  const box = await today.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page);
});
