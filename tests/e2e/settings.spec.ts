import { expect, test } from "@playwright/test";
import { createUser, e2eDb, expectNoAxeViolations, ORIGIN, signIn } from "./helpers";

test("a learner changes their time zone and daily limits; a bad value is refused with its reason", async ({ page }) => {
  const user = await createUser();
  await signIn(page, user);
  await page.goto("/settings");
  await expectNoAxeViolations(page);
  await page.getByLabel("Time zone").selectOption("Asia/Tokyo");
  await page.getByLabel("New cards per day").fill("7");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const { rows } = await e2eDb().query(`SELECT "timeZone", "newCardsPerDay" FROM "User" WHERE id = $1`, [user.id]);
  expect(rows[0]).toEqual({ timeZone: "Asia/Tokyo", newCardsPerDay: 7 });

  await page.getByLabel("Reviews per day (maximum)").fill("0");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("At least 1", { exact: true })).toBeVisible();
});

test("an instructor adds a quiz to their deck and sees it listed", async ({ page }) => {
  const instructor = await createUser("INSTRUCTOR");
  await signIn(page, instructor);
  const deck = await (
    await page.request.post("/api/v1/author/decks", {
      data: { title: `Quiz deck ${instructor.id.slice(-6)}`, chapter: "4.2" },
      headers: { origin: ORIGIN },
    })
  ).json();
  await page.goto("/author/quizzes");
  await page.getByLabel("Deck").selectOption(deck.id);
  await page.getByLabel("Title").fill("Warm-up");
  await page.getByLabel("Time limit (minutes)").fill("5");
  await page.getByLabel("Show right answers").selectOption("NEVER");
  await page.getByRole("button", { name: "Create quiz" }).click();
  await expect(page.getByRole("link", { name: "Warm-up" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Warm-up/ })).toContainText("5 min");
  await expectNoAxeViolations(page);
});
