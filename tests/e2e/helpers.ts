import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";

// E2E_URL_FILE: another harness's database (tests/scale/run.ts runs these specs through a balancer).
const URL_FILE = process.env.E2E_URL_FILE ?? path.resolve(import.meta.dirname, "../../.data/e2e-database-url");

/**
 * The app's origin (playwright.config's baseURL). page.request is not a browser page, so its
 * writes must say Origin themselves: a cookie-bearing write without it is refused (403).
 */
export const ORIGIN = `http://localhost:${Number(process.env.E2E_PORT ?? 3100)}`;

let pool: pg.Pool | null = null;
/** The e2e server's database (written by `npm start` through LAYERWISE_URL_FILE). */
export function e2eDb(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: fs.readFileSync(URL_FILE, "utf8").trim(), max: 2 });
  return pool;
}

/**
 * A quiz on the 4.4 deck (docker-images) straight in the database, titled `${prefix} <6 random chars>`
 * (pass mark 50 %); returns its id and title.
 */
export async function createQuiz(
  prefix: string,
  o: { questionCount: number; timeLimitSeconds: number; attemptsAllowed: number },
): Promise<{ id: string; title: string }> {
  const title = `${prefix} ${crypto.randomBytes(3).toString("hex")}`;
  const { rows } = await e2eDb().query<{ id: string }>(
    `INSERT INTO "Quiz" (id, "deckId", title, "questionCount", "timeLimitSeconds", "attemptsAllowed", "passMarkPercent", "updatedAt")
     SELECT 'e2e-quiz-' || md5(random()::text), id, $1, $2, $3, $4, 50, now() FROM "Deck" WHERE slug = 'docker-images'
     RETURNING id`,
    [title, o.questionCount, o.timeLimitSeconds, o.attemptsAllowed],
  );
  return { id: rows[0].id, title };
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  name: string;
}

/** Creates a user straight in the database (unique email per test). */
export async function createUser(
  role: "LEARNER" | "INSTRUCTOR" | "ADMIN" = "LEARNER",
  opts: { enrollAll?: boolean } = {},
): Promise<TestUser> {
  const id = `e2e${crypto.randomBytes(8).toString("hex")}`;
  const email = `${id}@e2e.test`;
  const password = `pw-${crypto.randomBytes(6).toString("hex")}`;
  const name = `${role[0]}${role.slice(1).toLowerCase()} ${id.slice(3, 9)}`;
  await e2eDb().query(
    `INSERT INTO "User" (id, email, name, role, "passwordHash", "onboardedAt", "updatedAt") VALUES ($1, $2, $3, $4, $5, now(), now())`,
    [id, email, name, role, await hashPassword(password)],
  );
  if (opts.enrollAll) {
    await e2eDb().query(
      `INSERT INTO "DeckEnrollment" ("userId", "deckId") SELECT $1, id FROM "Deck" WHERE status = 'PUBLISHED' ON CONFLICT DO NOTHING`,
      [id],
    );
  }
  return { id, email, password, name };
}

/** Signs in over HTTP (csrf + credentials callback); the page's context gets the cookie. */
export async function signIn(page: Page, user: Pick<TestUser, "email" | "password">): Promise<void> {
  const csrf = await (await page.request.get("/api/auth/csrf")).json();
  const res = await page.request.post("/api/auth/callback/credentials", {
    headers: { origin: ORIGIN },
    form: { csrfToken: csrf.csrfToken, email: user.email, password: user.password, json: "true" },
  });
  expect(res.ok()).toBeTruthy();
  const me = await page.request.get("/api/v1/me");
  expect(me.status()).toBe(200);
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}

/** Answers the question on screen with the keyboard, whatever its type. */
export async function answerCurrent(page: Page) {
  const q = page.getByRole("region", { name: /Question \d+ of/ });
  if (await q.getByRole("radio").count()) {
    await q.getByRole("radio").first().focus();
    await page.keyboard.press("Space");
  } else if (await q.getByRole("checkbox").count()) {
    await q.getByRole("checkbox").first().focus();
    await page.keyboard.press("Space");
  } else if (await q.getByRole("combobox").count()) {
    for (const s of await q.getByRole("combobox").all()) {
      await s.focus();
      await page.keyboard.press("ArrowDown");
    }
  } else if (await q.getByRole("textbox").count()) {
    for (const t of await q.getByRole("textbox").all()) {
      await t.focus();
      await page.keyboard.type("1");
    }
  } else {
    await q
      .getByRole("button", { name: /^Move down/ })
      .first()
      .focus();
    await page.keyboard.press("Enter");
  }
  await expect(q.getByRole("status")).toHaveText("Answer saved");
}

/**
 * Records every script the page loads from now on (chunks loaded lazily too) that holds the
 * Markdown pipeline, found by its sanitizer's "user-content-" prefix (hast-util-sanitize's
 * GitHub schema, mdast-util-to-hast): learner pages get the server's HTML and load none.
 */
export function markdownPipelineScripts(page: Page): string[] {
  const found: string[] = [];
  page.on("response", async (res) => {
    if (res.request().resourceType() !== "script") return;
    const body = await res.text().catch(() => "");
    if (body.includes("user-content-")) found.push(new URL(res.url()).pathname);
  });
  return found;
}

/** Server-rendered Markdown on screen: no <Markdown> waiting for the lazily loaded pipeline. */
export async function expectServerMarkdown(page: Page, pipelineScripts: string[]): Promise<void> {
  await expect(page.locator(".prose-lw").first()).toBeVisible();
  await expect(page.locator("[data-markdown-pending]")).toHaveCount(0);
  expect(pipelineScripts).toEqual([]);
}
