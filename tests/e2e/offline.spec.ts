import { expect, test } from "@playwright/test";
import { createUser, e2eDb, signIn } from "./helpers";

test("a learner studies offline, comes back on-line and finds every review applied once; quizzes are never cached", async ({
  page,
  context,
}) => {
  test.slow(); // the service worker installs and precaches the static chunks first
  const user = await createUser("LEARNER", { enrollAll: true });
  await signIn(page, user);
  await page.goto("/study");
  await expect(page.getByText(/done this session/)).toBeVisible();
  // Installable: the manifest is linked and served.
  const manifest = await (await page.request.get("/manifest.webmanifest")).json();
  expect(manifest).toMatchObject({ start_url: "/study", display: "standalone" });
  // The worker controls the page and has kept /study, today's queue and the cards' reveals.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
  await page.waitForFunction(
    async () => {
      const shell = await caches.open("study-shell");
      const queue = await caches.open("study-queue");
      return (await shell.keys()).length > 0 && (await queue.keys()).length > 0;
    },
    null,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(1_000); // the offline pack lands in IndexedDB after the queue

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
  const reviews = async () =>
    (await e2eDb().query<{ n: number }>(`SELECT count(*)::int AS n FROM "ReviewLog" WHERE "userId" = $1`, [user.id]))
      .rows[0].n;
  expect(await reviews()).toBe(0);

  await context.setOffline(false);
  await expect(page.getByText(/^Synced: 3 reviews saved/)).toBeVisible({ timeout: 30_000 });
  await expect.poll(reviews).toBe(graded);
  // Coming back again (a reload syncs on load too) applies nothing twice.
  await page.reload();
  await expect(page.getByText(/done this session/)).toBeVisible();
  expect(await reviews()).toBe(graded);
  const distinct = await e2eDb().query<{ n: number }>(
    `SELECT count(DISTINCT "questionId")::int AS n FROM "ReviewLog" WHERE "userId" = $1`,
    [user.id],
  );
  expect(distinct.rows[0].n).toBe(graded);

  // Quiz pages and the quiz API go to the network only: nothing of them is in any cache.
  await page.goto("/quizzes");
  await page.request.get("/api/v1/quizzes");
  await page.evaluate(() => fetch("/api/v1/quizzes").then((r) => r.text()));
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys())
      for (const req of await (await caches.open(name)).keys()) urls.push(req.url);
    return urls;
  });
  expect(cached.some((u) => u.includes("/study"))).toBe(true);
  expect(cached.filter((u) => /\/(quizzes|quiz|attempts)(\/|\?|$)/.test(new URL(u).pathname))).toEqual([]);
});
