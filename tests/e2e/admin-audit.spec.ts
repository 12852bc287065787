import { expect, test, type Page } from "@playwright/test";
import { createUser, e2eDb, expectNoAxeViolations, signIn } from "./helpers";

const roleOf = async (id: string) =>
  (await e2eDb().query<{ role: string }>(`SELECT role FROM "User" WHERE id = $1`, [id])).rows[0].role;
const disabled = async (id: string) =>
  (await e2eDb().query<{ d: Date | null }>(`SELECT "disabledAt" AS d FROM "User" WHERE id = $1`, [id])).rows[0].d !==
  null;

/** Screens for a person to look at (test-results/ is not committed). */
async function shoot(page: Page, name: string) {
  for (const [w, h] of [
    [1280, 800],
    [390, 844],
  ]) {
    await page.setViewportSize({ width: w, height: h });
    // Wide tables scroll inside their box; the page itself never scrolls sideways (a screen-reader
    // header, absolutely placed, once widened the users page to 516 px on a 390 px phone).
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${w} px`).toBeLessThanOrEqual(
      w,
    );
    await page.screenshot({ path: `test-results/admin-audit-${name}-${w}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test("an admin changes a role by keyboard only after confirming, and sees it in the audit log", async ({ page }) => {
  const admin = await createUser("ADMIN");
  const learner = await createUser("LEARNER");
  await signIn(page, admin);
  await page.goto(`/admin?q=${encodeURIComponent(learner.email)}`);

  // One ArrowDown on the role select picks Instructor but changes nothing yet.
  const select = page.getByLabel(`Role of ${learner.email}`);
  await select.focus();
  await page.keyboard.press("ArrowDown");
  await expect(select).toHaveValue("INSTRUCTOR");
  await expect(page.getByText("Not saved: Learner → Instructor")).toBeVisible();
  expect(await roleOf(learner.id)).toBe("LEARNER");

  // Tab to "Change role", Enter: a dialog names the user and old → new role; Cancel has the focus.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: `Change role for ${learner.email}` })).toBeFocused();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Change this user's role?" });
  await expect(dialog).toContainText(`Change the role of ${learner.email} from Learner to Instructor?`);
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expectNoAxeViolations(page);
  await shoot(page, "confirm-role");
  await page.keyboard.press("Enter"); // Enter on Cancel: still nothing changes
  await expect(dialog).toBeHidden();
  await expect(select).toHaveValue("LEARNER");
  expect(await roleOf(learner.id)).toBe("LEARNER");

  await select.focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Tab"); // Cancel → Change role
  await expect(dialog.getByRole("button", { name: "Change role" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText(`${learner.email}: role set to Instructor`)).toBeVisible();
  await expect(select).toBeFocused();
  expect(await roleOf(learner.id)).toBe("INSTRUCTOR");

  // Disabling asks first; Escape backs out.
  const disable = page.getByRole("button", { name: `Disable ${learner.email}` });
  await disable.focus();
  await page.keyboard.press("Enter");
  const ask = page.getByRole("dialog", { name: "Disable this account?" });
  await expect(ask).toContainText(`Disable ${learner.email}?`);
  await page.keyboard.press("Escape");
  await expect(ask).toBeHidden();
  expect(await disabled(learner.id)).toBe(false);
  await disable.focus();
  await page.keyboard.press("Enter");
  await expect(ask).toBeVisible();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByText(`${learner.email}: disabled`)).toBeVisible();
  expect(await disabled(learner.id)).toBe(true);
  await expectNoAxeViolations(page);
  await shoot(page, "users");

  // The audit log, newest first, filtered to this admin.
  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await page.getByLabel("Who (email)").fill(admin.email);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("2 entries · page 1 of 1")).toBeVisible();
  const rows = page.getByRole("row");
  await expect(rows.nth(1)).toContainText("Disabled a user");
  await expect(rows.nth(2)).toContainText("Changed a user's role");
  await expect(rows.nth(2)).toContainText("role: LEARNER → INSTRUCTOR");
  await expect(rows.nth(2)).toContainText(admin.email);
  await expectNoAxeViolations(page);
  await shoot(page, "log");
});

test("the audit log is for admins only", async ({ page }) => {
  const instructor = await createUser("INSTRUCTOR");
  await signIn(page, instructor);
  expect((await page.goto("/admin/audit"))?.status()).toBe(403);
  expect((await page.request.get("/api/v1/admin/audit")).status()).toBe(403);
});
