import { expect, test, type Page } from "@playwright/test";
import { createQuiz, createUser, e2eDb, signIn } from "./helpers";

/** Every URL in every Cache Storage cache of the page's origin. */
const cachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys())
      for (const req of await (await caches.open(name)).keys()) urls.push(req.url);
    return urls;
  });

/** The keys of an IndexedDB store of the offline study: "pending" (grades waiting to sync, by clientRequestId) or "pack" (kept reveals). */
const storeKeys = (page: Page, store: "pending" | "pack") =>
  page.evaluate(
    (store) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open("layerwise-offline");
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const all = open.result.transaction(store).objectStore(store).getAllKeys();
          all.onsuccess = () => resolve(all.result.map(String));
          all.onerror = () => reject(new Error(String(all.error)));
        };
      }),
    store,
  );
const waitingIds = (page: Page) => storeKeys(page, "pending");

test("installable: /study links a manifest whose icons are the PNGs it names", async ({ page }) => {
  const user = await createUser("LEARNER", { enrollAll: true });
  await signIn(page, user);
  await page.goto("/study");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBe("/manifest.webmanifest");
  const manifest = (await (await page.request.get(href!)).json()) as {
    start_url: string;
    display: string;
    name: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ start_url: "/study", display: "standalone", name: expect.any(String) });
  expect(manifest.icons.map((i) => [i.sizes, i.purpose ?? "any"])).toEqual(
    expect.arrayContaining([
      ["192x192", "any"],
      ["512x512", "any"],
      ["512x512", "maskable"],
    ]),
  );
  for (const icon of manifest.icons) {
    const res = await page.request.get(icon.src);
    expect(res.status(), icon.src).toBe(200);
    expect(res.headers()["content-type"]).toBe("image/png");
    const png = await res.body();
    // The PNG signature, then the IHDR chunk's width and height.
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
  }
});

test("a learner studies offline, comes back on-line and finds every review applied once; quizzes are never cached; sign-out drops the caches", async ({
  page,
  context,
}) => {
  test.slow(); // the service worker installs and precaches the static chunks first
  const user = await createUser("LEARNER", { enrollAll: true });
  await signIn(page, user);
  await page.goto("/study");
  await expect(page.getByText(/done this session/)).toBeVisible();
  // The worker controls the page and has kept /study, today's queue and the cards' reveals.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
  // Each kept whole (a body still being written is not an answer yet).
  const keptQueue = () =>
    page.evaluate(async () => {
      const [req] = await (await caches.open("study-queue")).keys();
      const res = req && (await caches.match(req, { ignoreVary: true }));
      const body = res?.ok ? ((await res.json()) as { cards: { question: { id: string } }[] }) : null;
      return body?.cards.map((c) => c.question.id) ?? null;
    });
  await page.waitForFunction(
    async () => {
      const shell = await caches.match("/study", { ignoreVary: true, cacheName: "study-shell" });
      return !!shell?.ok && (await shell.text()).includes("</html>");
    },
    null,
    { timeout: 30_000 },
  );
  await expect.poll(keptQueue).not.toBeNull();
  await expect.poll(async () => (await storeKeys(page, "pack")).length).toBeGreaterThan(0); // the kept reveals

  const logged = async () =>
    (
      await e2eDb().query<{ clientRequestId: string; questionId: string; n: number }>(
        `SELECT "clientRequestId", "questionId", count(*)::int AS n FROM "ReviewLog" WHERE "userId" = $1 GROUP BY 1, 2 ORDER BY 1`,
        [user.id],
      )
    ).rows;

  // One card graded on-line first: the kept queue must not bring it back once offline.
  const first = page.getByRole("article");
  await first.getByRole("button", { name: /Show answer|Reveal answer|Check answer/ }).click();
  await expect(first.getByRole("heading", { name: "Explanation" })).toBeVisible();
  await page.keyboard.press("4");
  await expect(page.getByText(/^1 done this session/)).toBeVisible();
  await expect.poll(async () => (await logged()).length).toBe(1);
  const online = (await logged())[0];
  await expect.poll(keptQueue).not.toContain(online.questionId);

  // The network is off for the page and for its service worker alike.
  await context.setOffline(true);
  await page.reload(); // served by the service worker
  await expect(page.getByText("Offline — 0 reviews waiting to sync")).toBeVisible();
  const graded = 3;
  for (let i = 0; i < graded; i++) {
    const card = page.getByRole("article");
    await card.getByRole("button", { name: /Show answer|Reveal answer|Check answer/ }).click();
    await expect(card.getByRole("heading", { name: "Explanation" })).toBeVisible();
    await page.keyboard.press("4");
    await expect(page.getByText(`Offline — ${i + 1} review${i ? "s" : ""} waiting to sync`)).toBeVisible();
  }
  // Undo offline forgets the last grade on the device; the card comes back and is graded again.
  await page.keyboard.press("u");
  await expect(page.getByText(`Offline — ${graded - 1} reviews waiting to sync`)).toBeVisible();
  await page
    .getByRole("article")
    .getByRole("button", { name: /Show answer|Reveal answer|Check answer/ })
    .click();
  await expect(page.getByRole("article").getByRole("heading", { name: "Explanation" })).toBeVisible();
  await page.keyboard.press("4");
  await expect(page.getByText(`Offline — ${graded} reviews waiting to sync`)).toBeVisible();
  const ids = await waitingIds(page);
  expect(ids).toHaveLength(graded);
  expect(await logged()).toEqual([online]);

  await context.setOffline(false);
  await expect(page.getByText(/^Synced: 3 reviews saved/)).toBeVisible({ timeout: 30_000 });
  // Each offline grade is in the log once, by its clientRequestId, each for a card not graded before.
  const once = async () =>
    (await logged())
      .filter((r) => r.clientRequestId !== online.clientRequestId)
      .map(({ clientRequestId, n }) => ({ clientRequestId, n }));
  const expected = [...ids].sort().map((clientRequestId) => ({ clientRequestId, n: 1 }));
  await expect.poll(once).toEqual(expected);
  expect(new Set((await logged()).map((r) => r.questionId)).size).toBe(graded + 1);
  expect(await waitingIds(page)).toEqual([]);
  // Coming back again (a reload syncs on load too) applies nothing twice.
  await page.reload();
  await expect(page.getByText(/done this session/)).toBeVisible();
  expect(await once()).toEqual(expected);
  expect(await logged()).toHaveLength(graded + 1);
  // Each graded card was scheduled by exactly one review.
  const states = await e2eDb().query<{ reviewCount: number }>(
    `SELECT s."reviewCount" FROM "ReviewState" s JOIN "ReviewLog" l ON l."questionId" = s."questionId" AND l."userId" = s."userId"
     WHERE s."userId" = $1`,
    [user.id],
  );
  expect(states.rows.map((r) => r.reviewCount)).toEqual([1, 1, 1, 1]);

  // Quiz pages, an attempt and the quiz API go to the network only: nothing of them is in any cache.
  const quiz = await createQuiz("Offline", { questionCount: 2, timeLimitSeconds: 600, attemptsAllowed: 1 });
  await page.goto(`/quizzes/${quiz.id}`);
  await page.getByRole("button", { name: `Start ${quiz.title}` }).click();
  await expect(page.getByRole("heading", { name: "Question 1 of 2" })).toBeVisible();
  await page.reload(); // the attempt page as a document too
  await expect(page.getByRole("heading", { name: "Question 1 of 2" })).toBeVisible();
  await page.evaluate(() => fetch("/api/v1/quizzes").then((r) => r.text()));
  const cached = await cachedUrls(page);
  expect(cached.some((u) => new URL(u).pathname === "/study")).toBe(true);
  expect(cached.filter((u) => /\/(quizzes|quiz|attempts)(\/|\?|$)/.test(new URL(u).pathname))).toEqual([]);

  // Signing out drops the kept study page and queue.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect.poll(() => page.evaluate(() => caches.keys())).not.toContain("study-queue");
  expect(await page.evaluate(() => caches.keys())).not.toContain("study-shell");
  expect((await cachedUrls(page)).filter((u) => /^\/(study|api)(\/|$)/.test(new URL(u).pathname))).toEqual([]);
  expect(await storeKeys(page, "pack")).toEqual([]); // the kept solutions go too
});
