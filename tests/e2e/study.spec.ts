import { expect, test } from "@playwright/test";
import { createUser, expectNoAxeViolations, expectServerMarkdown, markdownPipelineScripts, signIn } from "./helpers";

test("a learner studies with the keyboard only, undoes a grade, and sees the reviews on the progress page", async ({
  page,
}) => {
  const user = await createUser("LEARNER", { enrollAll: true });
  await signIn(page, user);
  const pipeline = markdownPipelineScripts(page);
  await page.goto("/study");
  await expect(page.getByText(/done this session/)).toBeVisible();
  await expectNoAxeViolations(page);

  for (let i = 0; i < 3; i++) {
    const card = page.getByRole("article");
    await expect(card.getByRole("button", { name: /Show answer|Reveal answer|Check answer/ })).toBeVisible();
    await page.keyboard.press("Space"); // reveal without answering
    await expect(card.getByRole("heading", { name: "Explanation" })).toBeVisible();
    await expectServerMarkdown(page, pipeline); // the queue's HTML and the reveal's
    const wrongOnly = await card.getByText("Your answer was wrong, so grades 0–2 only.").isVisible();
    await page.keyboard.press(wrongOnly ? "1" : "4");
    await expect(page.getByText(`${i + 1} done this session`)).toBeVisible();
  }
  await page.keyboard.press("u");
  await expect(page.getByText("Last grade undone.")).toBeVisible();
  await expect(page.getByText("2 done this session")).toBeVisible();

  await page.goto("/progress");
  await expect(page.getByTestId("total-reviews")).toHaveText("2");
  await expect(page.getByTestId("streak")).toHaveText("1 day");
  await expect(page.getByRole("heading", { name: "Due in the next 30 days" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a learner answers one question of each type on a deck page with the keyboard", async ({ page }) => {
  test.slow(); // four whole deck pages, one question of each type, and axe over the last one
  const user = await createUser();
  await signIn(page, user);
  const slugs = ["linux-containers", "open-container-initiative", "docker-engine", "docker-images"];
  const labels: Record<string, (article: import("@playwright/test").Locator) => Promise<void>> = {
    "Single choice": async (a) => {
      await a.getByRole("radio").first().focus();
      await page.keyboard.press("Space");
    },
    "Multiple choice": async (a) => {
      await a.getByRole("checkbox").first().focus();
      await page.keyboard.press("Space");
    },
    "True / false": async (a) => {
      await a.getByRole("radio", { name: "True" }).focus();
      await page.keyboard.press("Space");
    },
    "Short answer": async (a) => {
      await a.getByRole("textbox").focus();
      await page.keyboard.type("containerd");
    },
    Numeric: async (a) => {
      await a.getByRole("textbox").focus();
      await page.keyboard.type("7");
    },
    Matching: async (a) => {
      for (const select of await a.getByRole("combobox").all()) {
        await select.focus();
        await page.keyboard.press("ArrowDown");
      }
    },
    Ordering: async (a) => {
      await a
        .getByRole("button", { name: /^Move down/ })
        .first()
        .focus();
      await page.keyboard.press("Enter");
      await expect(a.getByText(/moved to position 2/)).toBeAttached();
    },
    "Cloze (fill the blanks)": async (a) => {
      for (const blank of await a.getByRole("textbox").all()) {
        await blank.focus();
        await page.keyboard.type("namespaces");
      }
    },
    Flashcard: async () => {},
  };
  const done = new Set<string>();
  const pipeline = markdownPipelineScripts(page);
  for (const slug of slugs) {
    await page.goto(`/decks/${slug}`);
    for (const [label, answer] of Object.entries(labels)) {
      if (done.has(label)) continue;
      const article = page
        .getByRole("article")
        .filter({ has: page.getByText(label, { exact: true }) })
        .first();
      if (!(await article.count())) continue;
      await article.getByRole("button", { name: /^Try question/ }).focus();
      await page.keyboard.press("Enter");
      await answer(article);
      await article.getByRole("button", { name: label === "Flashcard" ? "Reveal" : "Check" }).focus();
      await page.keyboard.press("Enter");
      await expect(article.getByRole("heading", { name: "Explanation" })).toBeVisible();
      await expectServerMarkdown(page, pipeline); // the page's HTML for the previews, the check's for the review
      done.add(label);
    }
  }
  expect([...done].sort()).toEqual(Object.keys(labels).sort());
  await expectNoAxeViolations(page);
});
