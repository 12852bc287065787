import crypto from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createUser, e2eDb, expectNoAxeViolations, signIn, type TestUser } from "./helpers";

/** A published deck of the instructor's own (a copy of the 4.1 deck's scorable questions) with a 10-minute quiz. */
async function quizOf(instructor: TestUser, title: string): Promise<string> {
  const suffix = crypto.randomBytes(5).toString("hex");
  const deckId = `e2e-deck-${suffix}`;
  const quizId = `e2e-quiz-${suffix}`;
  const db = e2eDb();
  await db.query(
    `INSERT INTO "Deck" (id, slug, title, chapter, "ownerId", status, "updatedAt") VALUES ($1, $1, $2, '4.1', $3, 'PUBLISHED', now())`,
    [deckId, `Windows deck ${suffix}`, instructor.id],
  );
  await db.query(
    `INSERT INTO "Question" (id, "deckId", type, prompt, explanation, payload, section, position, "updatedAt")
     SELECT $1 || q.id, $1, q.type, q.prompt, q.explanation, q.payload, q.section, q.position, now()
     FROM "Question" q JOIN "Deck" d ON d.id = q."deckId"
     WHERE d.chapter = '4.1' AND d.status = 'PUBLISHED' AND d.id NOT LIKE 'e2e-%' AND q.type <> 'flashcard' AND q."archivedAt" IS NULL`,
    [deckId],
  );
  await db.query(
    `INSERT INTO "Quiz" (id, "deckId", title, "questionCount", "timeLimitSeconds", "attemptsAllowed", "updatedAt") VALUES ($1, $2, $3, 3, 600, 3, now())`,
    [quizId, deckId, title],
  );
  return quizId;
}

async function learnerPage(browser: Browser, learner: TestUser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, learner);
  return page;
}

async function deadlineSeconds(attemptUrl: string): Promise<number> {
  const id = attemptUrl.split("/").at(-1);
  const { rows } = await e2eDb().query<{ s: number }>(
    `SELECT EXTRACT(EPOCH FROM ("deadlineAt" - "startedAt"))::int AS s FROM "QuizAttempt" WHERE id = $1`,
    [id],
  );
  return rows[0].s;
}

test("an instructor gives one learner ×1.5: their clock starts at 15:00, another learner's at 10:00", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000); // three signed-in browsers, axe and screenshots on a small shared machine
  const instructor = await createUser("INSTRUCTOR");
  const [slow, plain] = [await createUser(), await createUser()];
  const title = `Windows quiz ${crypto.randomBytes(3).toString("hex")}`;
  const quizId = await quizOf(instructor, title);
  await signIn(page, instructor);
  await page.goto(`/author/quizzes/${quizId}`);
  await page.getByLabel("Learner's email").fill(slow.email);
  await page.getByLabel("Time factor").fill("1.5");
  await page.getByRole("button", { name: "Add override" }).click();
  await expect(page.getByRole("row", { name: new RegExp(slow.name) })).toContainText("× 1.5 time");
  await expectNoAxeViolations(page);
  for (const [w, h] of [
    [1280, 800],
    [390, 844],
  ]) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `test-results/quiz-windows-author-${w}.png`, fullPage: true });
  }

  for (const [learner, limit, clock, seconds] of [
    [slow, "15 min", /Time left (15:00|14:5\d)/, 900],
    [plain, "10 min", /Time left (10:00|9:5\d)/, 600],
  ] as const) {
    const lp = await learnerPage(browser, learner);
    await lp.goto("/quizzes");
    await lp.getByRole("link", { name: `Open quiz: ${title}` }).click();
    // The start page states the learner's own limit before the clock starts.
    await expect(lp.getByRole("region", { name: "Before you start" })).toContainText(`Time limit${limit}.`);
    await lp.getByRole("button", { name: `Start ${title}` }).click();
    await expect(lp.getByTestId("countdown")).toHaveText(clock);
    expect(await deadlineSeconds(lp.url())).toBe(seconds);
    await lp.context().close();
  }
});

test("an instructor archives a quiz and it disappears from the learner's list", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const instructor = await createUser("INSTRUCTOR");
  const learner = await createUser();
  const title = `Thirty-second test ${crypto.randomBytes(3).toString("hex")}`;
  const quizId = await quizOf(instructor, title);
  const lp = await learnerPage(browser, learner);
  await lp.goto("/quizzes");
  await expect(lp.getByRole("heading", { name: title })).toBeVisible();

  await signIn(page, instructor);
  await page.goto(`/author/quizzes/${quizId}`);
  await page.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Archived" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("(archived)");
  await page.goto("/author/quizzes");
  await expect(page.getByRole("row", { name: new RegExp(title) })).toContainText("Archived");
  for (const [w, h] of [
    [1280, 800],
    [390, 844],
  ]) {
    await page.setViewportSize({ width: w, height: h });
    // The quiz table scrolls in its own box (it once widened the page to 609 px on a phone).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(w);
    await page.screenshot({ path: `test-results/quiz-windows-author-list-${w}.png`, fullPage: true });
  }

  await lp.reload();
  await expect(lp.getByRole("heading", { name: "Quizzes", level: 1 })).toBeVisible();
  await expect(lp.getByRole("heading", { name: title })).toHaveCount(0);
  await lp.context().close();
});
