import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { createUser, e2eDb, ORIGIN, signIn } from "./helpers";

/**
 * The CSP must not break any page: every signed-in page runs with no CSP violation, its
 * scripts carry this response's nonce, and the inline theme script runs. And a page on
 * another port of the same host (same site, another origin) cannot write.
 */

/** Records CSP violations from the first script of every document on, and CSP/hydration console errors. */
async function watchCsp(page: Page): Promise<{ violations: () => Promise<string[]>; console: string[] }> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  const consoleErrors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" && /Content.Security.Policy|nonce|hydrat/i.test(msg.text()))
      consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => consoleErrors.push(String(err)));
  return {
    violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
    console: consoleErrors,
  };
}

/** Opens a page and checks its CSP: a nonce, every script tag sent carrying it, no violation so far. */
async function openChecked(page: Page, path: string, watch: Awaited<ReturnType<typeof watchCsp>>): Promise<string> {
  const res = await page.goto(path);
  expect(res?.status(), path).toBe(200);
  const csp = res!.headers()["content-security-policy"] ?? "";
  expect(csp, path).toContain("'strict-dynamic'");
  expect(csp, path).toContain("object-src 'none'");
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce, path).toBeTruthy();
  // Every script the server sent carries this response's nonce.
  const sent = [...(await res!.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(sent.length, path).toBeGreaterThan(1);
  const unsigned = sent.filter((tag) => !tag.includes(`nonce="${nonce}"`));
  expect(unsigned, `${path}: every script in the response carries its nonce`).toEqual([]);
  // Scripts added later are chunks Next's loader (a nonced script) inserts, trusted through
  // 'strict-dynamic' — the editor's checks and live preview load that way — and only from our origin.
  await page.waitForLoadState("networkidle");
  const later = await page
    .locator("script")
    .evaluateAll((els) =>
      els.map((e) => ({ nonce: (e as HTMLScriptElement).nonce, src: (e as HTMLScriptElement).src })),
    );
  const foreign = later.filter(
    (s) => s.nonce !== nonce && !s.src.startsWith(`${new URL(page.url()).origin}/_next/static/`),
  );
  expect(foreign, `${path}: a script without the nonce is one of Next's chunks from our origin`).toEqual([]);
  expect(await watch.violations(), path).toEqual([]);
  expect(watch.console, path).toEqual([]);
  return nonce!;
}

test("a learner's pages (study, decks, quizzes, progress charts, settings) run under the CSP with no violation", async ({
  page,
}) => {
  test.slow(); // seven pages, each opened and checked in turn
  await page.emulateMedia({ colorScheme: "dark" });
  const watch = await watchCsp(page);
  await signIn(page, await createUser("LEARNER", { enrollAll: true }));

  const first = await openChecked(page, "/study", watch);
  // The inline theme script ran (it carries the nonce): dark mode from the system setting.
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  // A real write from our own page passes the origin rule: reveal and grade one card. The page is
  // idle before the queue's fetch has even started on a loaded machine, so wait for the card itself
  // (its prompt takes focus once it is shown); a Space pressed while "Loading" reveals nothing.
  await expect(page.getByTestId("card-prompt")).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page.getByRole("article").getByRole("heading", { name: "Explanation" })).toBeVisible();
  const wrongOnly = await page.getByText("Your answer was wrong, so grades 0–2 only.").isVisible();
  await page.keyboard.press(wrongOnly ? "1" : "4");
  await expect(page.getByText("1 done this session")).toBeVisible();
  expect(await watch.violations()).toEqual([]);

  const second = await openChecked(page, "/decks", watch);
  expect(second, "a fresh nonce per response").not.toBe(first);
  await openChecked(page, "/quizzes", watch);
  await openChecked(page, "/progress", watch);
  await expect(page.getByTestId("total-reviews")).toHaveText("1");
  await expect(page.locator("[data-chart] svg").first()).toBeVisible();
  await openChecked(page, "/settings", watch);
  await openChecked(page, "/", watch);
});

test("the author pages (deck, question editor with live preview, stats) run under the CSP with no violation", async ({
  page,
}) => {
  const watch = await watchCsp(page);
  await signIn(page, await createUser("INSTRUCTOR"));
  const deck = await (
    await page.request.post("/api/v1/author/decks", {
      data: { title: "CSP deck", chapter: "4.2" },
      headers: { origin: ORIGIN },
    })
  ).json();
  await openChecked(page, "/author", watch);
  await openChecked(page, `/author/decks/${deck.id}`, watch);
  await openChecked(page, `/author/decks/${deck.id}/questions/new?type=single`, watch);
  const question = {
    type: "single",
    prompt: "Which process is the daemon?",
    explanation: "dockerd is the daemon; docker is the client.",
    section: "4.3",
    payload: {
      options: [
        { text: "dockerd", correct: true },
        { text: "docker", correct: false },
      ],
    },
  };
  const created = await page.request.post(`/api/v1/author/decks/${deck.id}/questions`, {
    data: question,
    headers: { origin: ORIGIN },
  });
  expect(created.status()).toBe(201);
  await openChecked(page, `/author/questions/${(await created.json()).id}/edit`, watch);
  const preview = page.getByRole("region", { name: "Live preview" });
  await expect(preview.getByText("Which process is the daemon?")).toBeVisible();
  await page.getByLabel("Prompt").first().fill("Which process is the Docker daemon?");
  await expect(preview.getByText("Which process is the Docker daemon?")).toBeVisible();
  expect(await watch.violations()).toEqual([]);
  await openChecked(page, `/author/decks/${deck.id}/stats`, watch);
  await openChecked(page, "/author/quizzes", watch);
});

test("a page on another port of the same host cannot publish a deck with the instructor's cookie; our own page can", async ({
  page,
}) => {
  await signIn(page, await createUser("INSTRUCTOR"));
  const deck = await (
    await page.request.post("/api/v1/author/decks", {
      data: { title: "Same-site target", chapter: "4.1" },
      headers: { origin: ORIGIN },
    })
  ).json();
  const question = {
    type: "truefalse",
    prompt: "runc is an OCI runtime.",
    explanation: "It is.",
    section: "4.1",
    payload: { answer: true },
  };
  expect(
    (
      await page.request.post(`/api/v1/author/decks/${deck.id}/questions`, {
        data: question,
        headers: { origin: ORIGIN },
      })
    ).status(),
  ).toBe(201);
  const publishUrl = `${ORIGIN}/api/v1/author/decks/${deck.id}/publish`;
  const status = async () =>
    (await e2eDb().query<{ status: string }>(`SELECT status FROM "Deck" WHERE id = $1`, [deck.id])).rows[0].status;

  // Another app on another port of localhost: same site, another origin, so the browser
  // sends our Lax cookie along with its no-cors POST (a simple request: no preflight).
  const other = http.createServer((_req, res) =>
    res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>Another app</title><p>hello</p>"),
  );
  await new Promise<void>((resolve) => other.listen(0, resolve));
  try {
    await page.goto(`http://localhost:${(other.address() as AddressInfo).port}/`);
    const refused = page.waitForResponse((r) => r.url() === publishUrl && r.request().method() === "POST");
    await page.evaluate(
      (url) => fetch(url, { method: "POST", mode: "no-cors", credentials: "include" }).catch(() => null),
      publishUrl,
    );
    const res = await refused;
    expect(res.status()).toBe(403);
    expect(await status()).toBe("DRAFT");
  } finally {
    other.close();
  }

  await page.goto("/author");
  const ok = await page.evaluate((url) => fetch(url, { method: "POST" }).then((r) => r.status), publishUrl);
  expect(ok).toBe(200);
  expect(await status()).toBe("PUBLISHED");
});
