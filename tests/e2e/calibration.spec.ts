import { expect, test } from "@playwright/test";
import { createUser, e2eDb, expectNoAxeViolations, signIn } from "./helpers";

const DEMO = { email: "learner@example.com", password: "learner-demo-2026" };

test("the demo learner opens 'Is it working?' from the progress page", async ({ page }) => {
  await signIn(page, DEMO);
  await page.goto("/progress");
  await page.getByRole("link", { name: /Is it working\?/ }).click();
  await expect(page).toHaveURL(/\/progress\/calibration$/);
  await expect(page.getByRole("heading", { level: 1, name: "Is it working?" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a learner with no predictions yet is told what will appear and sent to study", async ({ page }) => {
  const user = await createUser("LEARNER", { enrollAll: true });
  await signIn(page, user);
  await page.goto("/progress/calibration");
  await expect(page.getByRole("heading", { name: "Not enough reviews yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Study now" })).toHaveAttribute("href", "/study");
  await expectNoAxeViolations(page);
});

test("a learner with a history sees the diagram, both schedulers' scores, true retention and the workload table", async ({
  page,
}) => {
  test.slow(); // the page is opened, checked, and waited on while it updates itself
  const user = await createUser("LEARNER", { enrollAll: true });
  // 60 cards reviewed on three days, the last two with a logged prediction.
  await e2eDb().query(
    `INSERT INTO "ReviewLog" ("userId", "questionId", "clientRequestId", grade, before, after, "predictedR", "reviewedAt")
     SELECT $1, q.id, md5(random()::text || q.id || d), CASE WHEN (n + d) % 5 = 0 THEN 1 ELSE 4 END,
            jsonb_build_object('isNew', d = 0, 'repetitions', d, 'intervalDays', CASE d WHEN 0 THEN 0 WHEN 1 THEN 1 ELSE 6 END),
            '{}'::jsonb, CASE WHEN d = 0 THEN NULL ELSE 0.9 - n * 0.01 END,
            now() - make_interval(days => CASE d WHEN 0 THEN 8 WHEN 1 THEN 7 ELSE 1 END)
     FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Question" LIMIT 60) q, generate_series(0, 2) d`,
    [user.id],
  );
  await signIn(page, user);
  await page.goto("/progress/calibration");
  for (const name of [
    "Predicted and actual recall",
    "SM-2 and FSRS on your history",
    "True retention",
    "Help me decide: reviews a day by desired retention",
  ])
    await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByRole("img", { name: /Reliability diagram/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /simulated reviews per day/ })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "SM-2 (replayed)" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: /^Mature/ })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "90% (yours now)" })).toBeVisible();
  for (const r of ["80%", "85%", "95%", "97%"])
    await expect(page.getByRole("rowheader", { name: r, exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(page.getByRole("status")).toHaveText(/^Computed .*\.$/);
  await expect(page.getByText("measured on your own 180 reviews")).toBeVisible();

  // Ten more reviews: the next view shows the stored result, says so, and updates itself.
  await e2eDb().query(
    `INSERT INTO "ReviewLog" ("userId", "questionId", "clientRequestId", grade, before, after, "predictedR", "reviewedAt")
     SELECT $1, id, md5(random()::text || id), 4, jsonb_build_object('repetitions', 3, 'intervalDays', 6), '{}'::jsonb, 0.8, now()
     FROM "Question" ORDER BY id LIMIT 10`,
    [user.id],
  );
  await page.reload();
  await expect(page.getByRole("status")).toContainText(/your 10 newer reviews are being added/i);
  await expect(page.getByText("measured on your own 190 reviews")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("status")).toHaveText(/^Computed .*\.$/);
  // UPDATE_SCREENSHOTS=1 refreshes the README's pictures (a normal run leaves docs/ alone).
  if (process.env.UPDATE_SCREENSHOTS) {
    for (const [width, height, name] of [
      [1280, 800, "calibration-desktop"],
      [390, 844, "calibration-phone"],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
    }
  }
});
