import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { createUser, expectNoAxeViolations, ORIGIN, signIn } from "./helpers";

const GIFT = `// A small Moodle GIFT file: one question with a Layerwise section, one without.
// layerwise: {"section":"4.3.5"}
::Shim:: Which process stays the parent of a running container when the daemon restarts? {
  =containerd-shim
  ~dockerd
  ~runc
  ####The shim: runc exits once the container runs, and the daemon may restart.
}

runc implements the OCI runtime specification. {TRUE####It is the reference implementation.}
`;

async function addQuestion(page: Page, type: string) {
  await page.getByLabel("Question type").selectOption({ label: type });
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: new RegExp(`^New ${type.toLowerCase()} question$`) }),
  ).toBeVisible();
}

async function save(page: Page, deckTitle: string) {
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByRole("heading", { level: 1, name: deckTitle })).toBeVisible();
}

test("an instructor writes, imports and publishes a deck; a learner finds it", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const instructor = await createUser("INSTRUCTOR");
  await signIn(page, instructor);
  const title = `Engine internals ${crypto.randomBytes(3).toString("hex")}`;

  await page.goto("/author");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Chapter").fill("4.3");
  await page.getByRole("button", { name: "Create deck" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Draft", { exact: true })).toBeVisible();

  // Single choice: errors first, then a valid question with a live preview.
  await addQuestion(page, "Single choice");
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByText("Prompt must not be empty").first()).toBeVisible();
  await expect(page.getByLabel("Prompt")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Prompt").fill("Which program is the long-running daemon of Docker Engine?");
  await page.getByLabel("Option 1", { exact: true }).fill("dockerd");
  await page.getByLabel("Option 2", { exact: true }).fill("docker");
  await page.getByLabel("Option 3", { exact: true }).fill("runc");
  await page.getByLabel("Feedback for option 2 (optional)").fill("That is the command-line client.");
  await page.getByLabel("Explanation").fill("`dockerd` is the server; `docker` is the client.");
  await page.getByLabel("Section").fill("4.3.1");
  const preview = page.getByRole("region", { name: "Live preview" });
  await expect(preview.getByText("Which program is the long-running daemon of Docker Engine?")).toBeVisible();
  await preview.getByLabel("docker", { exact: true }).check();
  await preview.getByRole("button", { name: "Show answer" }).click();
  await expect(preview.getByText("Incorrect")).toBeVisible();
  await expect(preview.getByText("That is the command-line client.")).toBeVisible();
  await save(page, title);

  // Short answer with two accepted answers.
  await addQuestion(page, "Short answer");
  await page.getByLabel("Prompt").fill("Which command-line program sends your commands to the Docker daemon?");
  await page.getByLabel("Accepted answer 1", { exact: true }).fill("docker");
  await page.getByRole("button", { name: "Add accepted answer" }).click();
  await page.getByLabel("Accepted answer 2", { exact: true }).fill("docker CLI");
  await page.getByLabel("Explanation").fill("The `docker` CLI talks to `dockerd` over the Engine API.");
  await save(page, title);

  // Ordering, with an item moved into place by keyboard-friendly buttons.
  await addQuestion(page, "Ordering");
  await page.getByLabel("Prompt").fill("Order the programs a `docker run` passes through.");
  await page.getByLabel("Item 1", { exact: true }).fill("docker");
  await page.getByLabel("Item 2", { exact: true }).fill("containerd");
  await page.getByLabel("Item 3", { exact: true }).fill("dockerd");
  await page.getByRole("button", { name: "Move item 3 up" }).click();
  await expect(page.getByLabel("Item 2", { exact: true })).toHaveValue("dockerd");
  await page.getByRole("button", { name: "Add item" }).click();
  await page.getByLabel("Item 4", { exact: true }).fill("runc");
  await page.getByLabel("Explanation").fill("CLI → daemon → containerd → runc.");
  await save(page, title);

  const questions = page.getByRole("list", { name: "Questions" }).getByRole("listitem");
  await expect(questions).toHaveCount(3);

  // Import a GIFT file: dry run preview, then confirm.
  const file = path.join(os.tmpdir(), `layerwise-${crypto.randomBytes(4).toString("hex")}.gift`);
  fs.writeFileSync(file, GIFT);
  await page.getByLabel("Import file").setInputFiles(file);
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByRole("heading", { name: /2 questions will be added/ })).toBeVisible();
  await expect(questions).toHaveCount(3);
  await page.getByRole("button", { name: "Confirm import of 2 questions" }).click();
  await expect(page.getByText(/Imported 2 questions/)).toBeVisible();
  await expect(questions).toHaveCount(5);
  fs.rmSync(file);

  // Reorder by keyboard: the order is saved and survives a reload.
  // (waitForLoadState("networkidle") would resolve at once here: wait for the save itself.)
  const saved = page.waitForResponse((r) => r.url().endsWith("/order") && r.request().method() === "PUT");
  await page
    .getByRole("button", { name: "Move down: Which program is the long-running daemon of Docker Engine?" })
    .click();
  await expect(questions.first()).toContainText("Which command-line program");
  expect((await saved).status()).toBe(200);
  await page.reload();
  await expect(questions.first()).toContainText("Which command-line program");

  await page.getByRole("button", { name: `Publish ${title}` }).click();
  await expect(page.getByText("Published version 2.")).toBeVisible();

  // A learner, in a separate browser context, sees the deck and can open it.
  const learnerContext = await browser.newContext();
  const learnerPage = await learnerContext.newPage();
  await signIn(learnerPage, await createUser("LEARNER"));
  await learnerPage.goto("/decks");
  await learnerPage.getByRole("link", { name: title }).click();
  await expect(learnerPage.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(learnerPage.getByText("5 questions · version 2")).toBeVisible();
  await expect(
    learnerPage.getByText("Which process stays the parent of a running container when the daemon restarts?"),
  ).toBeVisible();
  await learnerContext.close();
});

test("a bad GIFT file shows line-numbered errors and imports nothing", async ({ page }) => {
  await signIn(page, await createUser("INSTRUCTOR"));
  const deck = await (
    await page.request.post("/api/v1/author/decks", {
      data: { title: "Bad import", chapter: "4.1" },
      headers: { origin: ORIGIN },
    })
  ).json();
  await page.goto(`/author/decks/${deck.id}`);
  const file = path.join(os.tmpdir(), `layerwise-bad-${crypto.randomBytes(4).toString("hex")}.gift`);
  fs.writeFileSync(file, "::A:: Fine {T####ok}\n\n::B:: Two right {=a =b ~c ####x}\n");
  await page.getByLabel("Import file").setInputFiles(file);
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "was not imported" })).toContainText("Line 3:");
  await expect(page.getByRole("button", { name: /Confirm import/ })).toHaveCount(0);
  fs.rmSync(file);
  await expect(page.getByRole("list", { name: "Questions" }).getByRole("listitem")).toHaveCount(0);
});

test("the deck editor, question editor and statistics pages pass axe checks", async ({ page }) => {
  test.slow(); // four pages, each a full axe scan: 48 s alone at load 20, past 60 s beside another worker
  await signIn(page, await createUser("INSTRUCTOR"));
  const deck = await (
    await page.request.post("/api/v1/author/decks", {
      data: { title: "Axe deck", chapter: "4.2" },
      headers: { origin: ORIGIN },
    })
  ).json();
  const q = {
    type: "multiple",
    prompt: "Which are OCI specifications?",
    explanation: "Runtime, image and distribution.",
    section: "4.2",
    payload: {
      options: [
        { text: "Runtime", correct: true },
        { text: "Image", correct: true },
        { text: "Compose", correct: false },
      ],
    },
  };
  expect(
    (
      await page.request.post(`/api/v1/author/decks/${deck.id}/questions`, { data: q, headers: { origin: ORIGIN } })
    ).status(),
  ).toBe(201);
  expect(
    (
      await page.request.post(`/api/v1/author/decks/${deck.id}/questions`, {
        data: { ...q, prompt: "Another?" },
        headers: { origin: ORIGIN },
      })
    ).status(),
  ).toBe(201);

  await page.goto(`/author/decks/${deck.id}`);
  await expect(page.getByRole("list", { name: "Questions" }).getByRole("listitem")).toHaveCount(2);
  await expectNoAxeViolations(page);

  await page.goto(`/author/decks/${deck.id}/questions/new?type=cloze`);
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByText(/Fix \d+ problems? before saving/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Cancel" }).click();
  await page.getByRole("link", { name: "Edit: Which are OCI specifications?" }).click();
  await expect(
    page.getByRole("region", { name: "Live preview" }).getByText("Which are OCI specifications?"),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/author/decks/${deck.id}/stats`);
  await expect(page.getByRole("table")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an admin gives a learner the instructor role; the learner can then author", async ({ page, browser }) => {
  const admin = await createUser("ADMIN");
  const learner = await createUser("LEARNER");
  await signIn(page, admin);
  await page.goto(`/admin?q=${encodeURIComponent(learner.email)}`);
  await page.getByLabel(`Role of ${learner.email}`).selectOption("INSTRUCTOR");
  // Picking a role only selects it; the change needs "Change role" and a confirmation.
  await page.getByRole("button", { name: `Change role for ${learner.email}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Change role" }).click();
  await expect(page.getByText(`${learner.email}: role set to Instructor`)).toBeVisible();
  await expectNoAxeViolations(page);

  const ctx = await browser.newContext();
  const other = await ctx.newPage();
  await signIn(other, learner);
  const res = await other.goto("/author");
  expect(res?.status()).toBe(200);
  await expect(other.getByRole("heading", { name: "My decks" })).toBeVisible();

  await page.getByRole("button", { name: `Disable ${learner.email}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Disable account" }).click();
  await expect(page.getByText(`${learner.email}: disabled`)).toBeVisible();
  expect((await other.request.get("/api/v1/me")).status()).toBe(401);
  await ctx.close();
});
