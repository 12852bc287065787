import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createUser, expectNoAxeViolations, ORIGIN, signIn } from "./helpers";

const SHOTS = process.env.QBANK_SHOTS_DIR;

const question = (n: number, tags: string[], quizOnly = false) => ({
  type: "single",
  prompt: `Bank question ${n}: which namespace isolates the process tree?`,
  explanation: `Because ${n}.`,
  section: quizOnly ? "4.1.2" : "4.1",
  tags,
  quizOnly,
  payload: {
    options: [
      { text: "PID", correct: true },
      { text: "UTS", correct: false },
    ],
  },
});

async function seedDeck(page: Page) {
  const title = `Bank deck ${crypto.randomBytes(3).toString("hex")}`;
  const headers = { origin: ORIGIN };
  const deck = await (
    await page.request.post("/api/v1/author/decks", { headers, data: { title, chapter: "4.1" } })
  ).json();
  const specs = [
    question(1, ["namespaces"]),
    question(2, ["namespaces"]),
    question(3, ["namespaces", "pid"]),
    question(4, ["cgroups"], true),
    question(5, ["cgroups"], true),
  ];
  for (const q of specs) {
    const res = await page.request.post(`/api/v1/author/decks/${deck.id}/questions`, { headers, data: q });
    expect(res.status()).toBe(201);
  }
  expect((await page.request.post(`/api/v1/author/decks/${deck.id}/publish`, { headers })).ok()).toBeTruthy();
  return { id: deck.id as string, slug: deck.slug as string, title };
}

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const [w, h] of [
    [1280, 800],
    [390, 844],
  ]) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `${SHOTS}/${name}-${w}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test("an instructor builds a pooled quiz from tags by keyboard; quiz-only questions stay off the learner's deck page", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const instructor = await createUser("INSTRUCTOR");
  await signIn(page, instructor);
  const deck = await seedDeck(page);

  // The deck page lists tags and filters by them.
  await page.goto(`/author/decks/${deck.id}`);
  const filter = page.getByRole("navigation", { name: "Filter questions by tag" });
  await filter.getByRole("link", { name: "cgroups (2)" }).click();
  const tagged = page.getByRole("list", { name: "Questions tagged cgroups" });
  await expect(tagged.getByRole("listitem")).toHaveCount(2);
  await expect(tagged.getByText("quiz only").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await shoot(page, "deck-tag-filter");

  // The new-quiz form, pools added and filled from the keyboard only.
  await page.goto("/author/quizzes");
  await page.getByLabel("Deck").selectOption({ label: deck.title });
  await page.getByLabel("Title").fill("Namespaces exam");
  const add = page.getByRole("button", { name: "Add a pool" });
  await add.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Pool 1: tag")).toBeVisible();
  await page.getByLabel("Pool 1: tag").focus();
  await page.keyboard.type("namespaces");
  await page.keyboard.press("Tab");
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("9");
  await add.focus();
  await page.keyboard.press("Enter");
  await page.getByLabel("Pool 2: tag").fill("cgroups");
  await page.getByLabel("Pool 2: questions").fill("2");
  await expect(page.getByLabel("Questions drawn per attempt")).toHaveCount(0);
  await page.getByLabel("Show right answers").selectOption("NEVER");
  await page.getByRole("button", { name: "Create quiz" }).click();
  await expect(page.getByText(/Pool 1 \(tag “namespaces”\) draws 9 but the deck has 3/).first()).toBeVisible();
  await expect(page.getByLabel("Pool 1: questions")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  await shoot(page, "quiz-form-pools-error");
  await page.getByLabel("Pool 1: questions").fill("2");
  await page.getByRole("button", { name: "Create quiz" }).click();
  await expect(page.getByText("Quiz created.")).toBeVisible();
  await expect(page.getByText(/4 questions .*pools: 2 × tag “namespaces”, 2 × tag “cgroups”/)).toBeVisible();
  await shoot(page, "quiz-list-pools");

  // A learner's deck page shows the three studyable questions, none of the quiz-only ones.
  const learner = await createUser();
  const context = await browser.newContext();
  const learnerPage = await context.newPage();
  await signIn(learnerPage, learner);
  await learnerPage.goto(`/decks/${deck.slug}`);
  await expect(learnerPage.getByText(/^Bank question [123]:/)).toHaveCount(3);
  await expect(learnerPage.getByText(/^Bank question [45]:/)).toHaveCount(0);
  await context.close();
});
