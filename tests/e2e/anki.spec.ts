import crypto from "node:crypto";
import fs from "node:fs";
import { expect, test, type Download, type Page } from "@playwright/test";
import { unzipSync, zipSync } from "fflate";
import initSqlJs, { type Database } from "sql.js";
import { createUser, e2eDb, expectNoAxeViolations, ORIGIN, signIn } from "./helpers";

// Anki .apkg export and import through the UI (docs/ANKI.md), by keyboard: an instructor's deck
// out and back in as a new draft deck; a learner's cards out and their Anki history back in.

const SQL = initSqlJs();
// Two signed-in users, three axe runs and two uploads each: 60 s ran out once on the shared CI machine.
test.describe.configure({ timeout: 120_000 });
const DAY = 86_400_000;

const QUESTIONS = [
  { type: "flashcard", prompt: "Which daemon does the `docker` CLI talk to?", payload: { back: "dockerd" } },
  { type: "flashcard", prompt: "What does runc implement?", payload: { back: "The OCI runtime specification" } },
  {
    type: "cloze",
    prompt: "Fill in the blank.",
    payload: { text: "Each container keeps [[1]] as its parent process.", blanks: [{ accepted: ["containerd-shim"] }] },
  },
];

/** A deck of QUESTIONS owned by the signed-in instructor, through the API. */
async function makeDeck(page: Page, publish: boolean) {
  const headers = { origin: ORIGIN };
  const title = `Anki deck ${crypto.randomBytes(3).toString("hex")}`;
  const deck = await (
    await page.request.post("/api/v1/author/decks", { headers, data: { title, chapter: "4.3" } })
  ).json();
  for (const q of QUESTIONS) {
    const res = await page.request.post(`/api/v1/author/decks/${deck.id}/questions`, { headers, data: q });
    expect(res.status()).toBe(201);
  }
  if (publish)
    expect((await page.request.post(`/api/v1/author/decks/${deck.id}/publish`, { headers })).ok()).toBe(true);
  return { id: deck.id as string, title };
}

/** Activates a download link by keyboard; the downloaded bytes. */
async function downloadByKeyboard(page: Page, name: string): Promise<{ file: Download; bytes: Uint8Array }> {
  await page.getByRole("link", { name }).focus();
  const downloading = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/\.apkg$/);
  return { file, bytes: new Uint8Array(fs.readFileSync(await file.path())) };
}

/** The package's collection, opened with sql.js as Anki would open it. */
async function openCollection(apkg: Uint8Array): Promise<{ entries: Record<string, Uint8Array>; col: Database }> {
  const entries = unzipSync(apkg);
  expect(Object.keys(entries).sort()).toEqual(["collection.anki2", "media"]);
  return { entries, col: new (await SQL).Database(entries["collection.anki2"]) };
}

const count = (col: Database, table: string) => Number(col.exec(`SELECT count(*) FROM ${table}`)[0].values[0][0]);

/** Picks a file for a file input by keyboard (Space opens the chooser) and submits with Enter. */
async function uploadByKeyboard(page: Page, label: string, button: string, file: { name: string; buffer: Buffer }) {
  await page.getByLabel(label).focus();
  const choosing = page.waitForEvent("filechooser");
  await page.keyboard.press("Space");
  await (await choosing).setFiles({ ...file, mimeType: "application/octet-stream" });
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: button })).toBeFocused();
  await page.keyboard.press("Enter");
}

/** Nothing wider than a phone's screen. */
async function expectNoSidewaysScroll(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test("an instructor exports a deck for Anki and imports it back as a new draft deck", async ({ page }) => {
  await signIn(page, await createUser("INSTRUCTOR"));
  const deck = await makeDeck(page, false);
  await page.goto(`/author/decks/${deck.id}`);
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);

  const { bytes } = await downloadByKeyboard(page, "Export for Anki (.apkg)");
  const { col } = await openCollection(bytes);
  expect(count(col, "notes")).toBe(QUESTIONS.length);
  expect(count(col, "cards")).toBe(QUESTIONS.length);
  expect(col.exec("SELECT count(*) FROM notes WHERE guid LIKE 'layerwise:%'")[0].values[0][0]).toBe(QUESTIONS.length);
  col.close();

  await page.goto("/author");
  await uploadByKeyboard(page, "Anki package (.apkg) to import as a new draft deck", "Import from Anki", {
    name: "deck.apkg",
    buffer: Buffer.from(bytes),
  });
  await expect(page.getByText(`Created ${QUESTIONS.length} questions in a new draft deck.`)).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);

  await page.getByRole("link", { name: "Open the new deck" }).click();
  await expect(page.getByRole("heading", { level: 1, name: deck.title })).toBeVisible();
  await expect(page.getByText("Draft", { exact: true })).toBeVisible();
  const questions = page.getByRole("list", { name: "Questions" }).getByRole("listitem");
  await expect(questions).toHaveCount(QUESTIONS.length);
  for (const q of QUESTIONS.slice(1)) await expect(questions.filter({ hasText: q.prompt })).toHaveCount(1);
  expect(page.url()).not.toContain(deck.id);
});

test("a learner downloads their cards and brings their Anki history back to /progress", async ({ page, browser }) => {
  const author = await browser.newContext();
  const authorPage = await author.newPage();
  await signIn(authorPage, await createUser("INSTRUCTOR"));
  const deck = await makeDeck(authorPage, true);
  await author.close();
  const learner = await createUser("LEARNER");
  await e2eDb().query(`INSERT INTO "DeckEnrollment" ("userId", "deckId") VALUES ($1, $2)`, [learner.id, deck.id]);
  await signIn(page, learner);

  await page.goto("/settings");
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
  const { bytes } = await downloadByKeyboard(page, "Download my cards (.apkg)");
  const { entries, col } = await openCollection(bytes);
  expect(count(col, "notes")).toBe(QUESTIONS.length);
  expect(count(col, "revlog")).toBe(0);

  // The learner's history as Anki would have it: every card reviewed (Good) three days ago,
  // the first again (Good) yesterday — four reviews onto three cards.
  const cards = col.exec("SELECT id FROM cards ORDER BY id")[0].values.map((r) => Number(r[0]));
  const now = Date.now();
  const reviews = [
    ...cards.map((cid, i) => [now - 3 * DAY + i, cid, 3, 1, 0, 2500, 8000, 0]),
    [now - DAY, cards[0], 3, 3, 1, 2500, 6000, 1],
  ];
  for (const r of reviews) col.run("INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)", r);
  const history = zipSync({ "collection.anki2": col.export(), media: entries.media });
  col.close();

  await uploadByKeyboard(page, "Your Anki package (.apkg)", "Import my Anki history", {
    name: "history.apkg",
    buffer: Buffer.from(history),
  });
  await expect(page.getByText("Imported 4 reviews onto 3 cards.")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/progress");
  await expect(page.getByTestId("total-reviews")).toHaveText("4");
});
