import { chromium } from "@playwright/test";
const BASE = process.env.BASE ?? "http://localhost:3300";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const sizes = { desk: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
async function signedIn(ctx, email, password) {
  const page = await ctx.newPage();
  await page.goto(`${BASE}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.keyboard.press("Enter");
  await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"), { timeout: 20000 });
  return page;
}
const pages = JSON.parse(process.env.PAGES);
for (const [label, size] of Object.entries(sizes)) {
  for (const who of Object.keys(pages)) {
    const ctx = await browser.newContext({ viewport: size });
    const [email, password, paths] = pages[who];
    const page = email ? await signedIn(ctx, email, password) : await ctx.newPage();
    for (const p of paths) {
      await page.goto(`${BASE}${p}`);
      await page.waitForLoadState("networkidle").catch(() => {});
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      const name = `${label}-${who}-${p.replace(/[^a-z0-9]+/gi, "_")}.png`;
      await page.screenshot({ path: `/tmp/shots/${name}`, fullPage: false });
      console.log(name, "scrollWidth", wide);
    }
    await ctx.close();
  }
}
await browser.close();
