import { expect, test, type Page, type TestInfo } from "@playwright/test";
import {
  answerCurrent,
  createQuiz,
  createUser,
  e2eDb,
  expectNoAxeViolations,
  expectServerMarkdown,
  markdownPipelineScripts,
  signIn,
} from "./helpers";

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** Checks the page with axe, then saves it at both sizes for a person to look at. */
async function checkedShots(page: Page, info: TestInfo, name: string) {
  await expectNoAxeViolations(page);
  for (const [size, viewport] of [
    ["1280", DESKTOP],
    ["390", PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: info.outputPath(`${name}-${size}.png`), fullPage: false });
  }
  await page.setViewportSize(DESKTOP);
}

async function press(page: Page, locator: ReturnType<Page["getByRole"]>, key = "Enter") {
  await locator.focus();
  await page.keyboard.press(key);
}

test("start page, flag for review, resume where I left off, summary, and results with jump navigation", async ({
  page,
}, info) => {
  test.slow(); // one build-loaded server, five screens, two sizes each
  await page.setViewportSize(DESKTOP);
  const user = await createUser();
  const { id: quizId, title } = await createQuiz("Taking", {
    questionCount: 5,
    timeLimitSeconds: 600,
    attemptsAllowed: 2,
  });
  const attempts = async () =>
    (
      await e2eDb().query<{ id: string; lastPosition: number; flaggedQuestionIds: string[] }>(
        `SELECT id, "lastPosition", "flaggedQuestionIds" FROM "QuizAttempt" WHERE "userId" = $1`,
        [user.id],
      )
    ).rows;
  await signIn(page, user);

  // The list opens the start page; nothing has started yet.
  await page.goto("/quizzes");
  await press(page, page.getByRole("link", { name: `Open quiz: ${title}` }));
  await expect(page).toHaveURL(new RegExp(`/quizzes/${quizId}$`));
  const rules = page.getByRole("region", { name: "Before you start" });
  await expect(rules).toContainText("5 drawn at random from");
  await expect(rules).toContainText("10 min. The clock starts when you press Start");
  await expect(rules).toContainText("0 of 2 attempts used, 2 left.");
  await expect(rules).toContainText("50%.");
  await expect(rules).toContainText("The right answers: shown after each attempt.");
  expect(await attempts()).toHaveLength(0);
  await checkedShots(page, info, "start");

  // Start: the clock starts now, on the server.
  const pipeline = markdownPipelineScripts(page);
  await press(page, page.getByRole("button", { name: `Start ${title}` }));
  await expect(page.getByTestId("countdown")).toBeVisible();
  await expectServerMarkdown(page, pipeline);
  await expect.poll(async () => (await attempts()).length).toBe(1);
  await answerCurrent(page);
  const flag = page.getByRole("button", { name: "Flag for review" });
  await press(page, flag, "Space");
  await expect(flag).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("button", { name: "Question 1, answered, flagged for review" })).toBeVisible();
  await press(page, page.getByRole("button", { name: "Next" }));
  await expect(page.getByRole("heading", { name: "Question 2 of 5" })).toBeVisible();
  await page.keyboard.press("Enter"); // Next keeps focus
  await expect(page.getByRole("heading", { name: "Question 3 of 5" })).toBeVisible();
  await expect.poll(async () => (await attempts())[0].lastPosition).toBe(2);
  expect((await attempts())[0].flaggedQuestionIds).toHaveLength(1);

  // Resume where I left off: after a reload, and from the list.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Question 3 of 5" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Question 1, answered, flagged for review" })).toBeVisible();
  await page.goto(`/quizzes/${quizId}`);
  await expect(page.getByText("You have an attempt in progress")).toBeVisible();
  await page.goto("/quizzes");
  await press(page, page.getByRole("link", { name: `Resume attempt: ${title}` }));
  await expect(page.getByRole("heading", { name: "Question 3 of 5" })).toBeVisible();

  // Summary: every question, answered or not, flagged or not; links back.
  await press(page, page.getByRole("button", { name: "Submit quiz" }));
  const summary = page.getByRole("region", { name: "Summary before you submit" });
  await expect(summary).toContainText("4 questions are not answered. 1 question is flagged for review.");
  const rowsOf = summary.getByRole("listitem");
  await expect(rowsOf).toHaveCount(5);
  await expect(rowsOf.nth(0)).toContainText("Answered");
  await expect(rowsOf.nth(0)).toContainText("Flagged");
  await expect(rowsOf.nth(1)).toContainText("Not answered");
  await expect(page.getByRole("button", { name: "Submit now" })).toBeFocused();
  await checkedShots(page, info, "summary");
  await press(page, summary.getByRole("button", { name: "Question 2" }));
  await expect(page.getByRole("heading", { name: "Question 2 of 5" })).toBeFocused();
  await press(page, page.getByRole("button", { name: "Submit quiz" }));
  await page.keyboard.press("Enter"); // Submit now has focus
  await expect(page.getByRole("heading", { name: /^Results: / })).toBeVisible();

  // Results: a navigator of every question, coloured and named by its outcome, that jumps.
  const nav = page.getByRole("navigation", { name: "Jump to a question" });
  const links = nav.getByRole("link");
  await expect(links).toHaveCount(5);
  await expect(links.nth(0)).toHaveAccessibleName(/^Question 1: (right|partly right|wrong)$/);
  for (let i = 1; i < 5; i++) await expect(links.nth(i)).toHaveAccessibleName(`Question ${i + 1}: not answered`);
  await expect(page.getByText("– Not answered")).toHaveCount(4);
  await expectServerMarkdown(page, pipeline);
  await checkedShots(page, info, "results");
  for (const [viewport, n] of [
    [PHONE, 5],
    [DESKTOP, 4],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.evaluate(() => window.scrollTo(0, 0));
    await press(page, links.nth(n - 1));
    await expect(page).toHaveURL(new RegExp(`#result-${n}$`));
    const target = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: `Question ${n}`, exact: true }) });
    await expect(target).toBeFocused();
    await expect(target).toBeInViewport();
    // The navigator stays on screen (sticky) and stays small on a phone.
    const box = (await nav.boundingBox())!;
    expect(box.height).toBeLessThan(80);
    expect((await target.boundingBox())!.y).toBeGreaterThanOrEqual(box.y + box.height - 2); // not under it
    await expect(links.nth(0)).toBeInViewport();
  }
  await page.setViewportSize(PHONE);
  await press(page, links.nth(0));
  await expect(page).toHaveURL(/#result-1$/);
  await page.screenshot({ path: info.outputPath("results-jumped-390.png") });
});
