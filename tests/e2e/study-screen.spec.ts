import { expect, test, type Page } from "@playwright/test";
import { createUser, expectNoAxeViolations, signIn } from "./helpers";
import { ALL_TYPES, enrollTypesDeck } from "./study-deck";

const SIZES = [
  { name: "desktop", width: 1280, height: 800, shot: "docs/screenshots/study-desktop.png" },
  { name: "phone", width: 390, height: 844, shot: "docs/screenshots/study-phone.png" },
  { name: "small phone", width: 360, height: 740, shot: null },
];

async function expectNoSideScroll(page: Page, what: string) {
  const { scroll, width, wide } = await page.evaluate(() => ({
    scroll: document.scrollingElement!.scrollWidth,
    width: window.innerWidth,
    // The elements that stick out, so a failure says what to fix.
    wide: [...document.querySelectorAll("main *")]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
      .slice(-4)
      .map(
        (e) =>
          `<${e.tagName.toLowerCase()} class="${(e.getAttribute("class") ?? "").slice(0, 80)}">${e.textContent?.slice(0, 40)}`,
      ),
  }));
  expect(scroll, `${what}: page is ${scroll}px wide in a ${width}px viewport: ${wide.join(" | ")}`).toBeLessThanOrEqual(
    width,
  );
}

async function expectGradesInView(page: Page, what: string) {
  const viewport = page.viewportSize()!;
  const buttons = page.getByTestId("grade-bar").getByRole("button");
  await expect(buttons).toHaveCount(6);
  for (const b of await buttons.all()) {
    const box = (await b.boundingBox())!;
    expect(box.y, `${what}: a grade button is above the viewport`).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, `${what}: a grade button is below the viewport`).toBeLessThanOrEqual(viewport.height);
    expect(box.x + box.width, `${what}: a grade button is off to the right`).toBeLessThanOrEqual(viewport.width);
  }
}

const cardType = async (page: Page) => (await page.locator("#card-heading").textContent())!.replace("Card: ", "");

for (const size of SIZES) {
  test(`every question type on a ${size.name} (${size.width}×${size.height}): one screen, grades in view, no side scroll`, async ({
    page,
  }) => {
    test.slow(); // nine cards, each revealed and graded
    await page.setViewportSize({ width: size.width, height: size.height });
    const user = await createUser();
    await enrollTypesDeck(user.id);
    await signIn(page, user);
    await page.goto("/study");
    const seen: string[] = [];
    for (let i = 0; i < ALL_TYPES.length; i++) {
      await expect(page.getByText(`${i} done this session`)).toBeVisible();
      const type = await cardType(page);
      seen.push(type);
      await expectNoSideScroll(page, `${type} before reveal`);
      await page.keyboard.press("Space"); // reveal without answering: self-graded, every grade allowed
      await expect(page.getByRole("heading", { name: "Explanation" })).toBeVisible();
      await expect(page.locator("#study-verdict")).toBeFocused();
      // The review replaces the input: no answer inputs and no Check button remain.
      await expect(page.getByRole("button", { name: /Check answer|Show answer|Reveal answer/ })).toHaveCount(0);
      await expect(page.getByRole("article").getByRole("radio")).toHaveCount(0);
      await expectGradesInView(page, type);
      await expectNoSideScroll(page, `${type} after reveal`);
      await expect(page.getByTestId("grade-bar").getByRole("button", { name: /^5/ })).toBeEnabled();
      if (size.shot && type === "single" && process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: size.shot });
      await page.keyboard.press("4");
    }
    expect(seen.sort()).toEqual([...ALL_TYPES].sort());
    await expect(page.getByTestId("summary-reviewed")).toHaveText("9");
    await expectNoSideScroll(page, "summary");
  });
}

test("keyboard only: Space reveals on ordering and matching, grab/move/drop, Enter never reorders, ? shows the keys", async ({
  page,
}) => {
  test.slow();
  const user = await createUser();
  await enrollTypesDeck(user.id, ["ordering", "matching"]);
  await signIn(page, user);
  await page.goto("/study");
  for (let i = 0; i < 2; i++) {
    await expect(page.getByText(`${i} done this session`)).toBeVisible();
    await expect(page.getByTestId("card-prompt")).toBeFocused();
    if ((await cardType(page)) === "ordering") {
      const items = page.locator("[data-ordering-item]");
      const before = await items.allTextContents();
      await page.keyboard.press("Tab"); // one Tab from the prompt reaches the list
      await expect(items.first()).toBeFocused();
      await page.keyboard.press("Space");
      await expect(items.first()).toHaveAttribute("aria-pressed", "true");
      await page.keyboard.press("ArrowDown");
      await expect(items).toHaveText([before[1], before[0], ...before.slice(2)]);
      await page.keyboard.press("Escape"); // cancel puts it back
      await expect(items).toHaveText(before);
      await expect(items.first()).toHaveAttribute("aria-pressed", "false");
      await page.keyboard.press("Space");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Space"); // drop: this order is the answer
      const moved = [before[1], before[0], ...before.slice(2)];
      await expect(items).toHaveText(moved);
      await expect(page.getByText(/dropped at position 2/)).toBeAttached();
      await expect(items.nth(1)).toBeFocused();
      await page.keyboard.press("Enter"); // reveals; never moves an item
      await expect(page.getByRole("heading", { name: "Explanation" })).toBeVisible();
      const mine = page.locator("tbody tr td:nth-child(2)");
      for (let k = 0; k < moved.length; k++) await expect(mine.nth(k)).toContainText(moved[k]);
      await expect(page.locator("#study-verdict")).toBeFocused();
      await expect(page.locator("#study-verdict")).toHaveText(/Correct|Incorrect|Partly correct/);
    } else {
      await page.keyboard.press("Space"); // matching, with focus on the prompt
      await expect(page.locator("#study-verdict")).toBeFocused();
      await expect(page.locator("#study-verdict")).toHaveText(/Answer shown/);
      await expectNoAxeViolations(page); // a revealed card, its review table and the grade bar
      await page.keyboard.press("?");
      const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText("Grab it");
      await page.keyboard.press("4"); // the open dialog owns the keys: no grade
      await expect(page.getByText(`${i} done this session`)).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(dialog).toBeHidden();
    }
    const wrongOnly = !(await page.getByTestId("grade-bar").getByRole("button", { name: /^5/ }).isEnabled());
    await page.keyboard.press(wrongOnly ? "2" : "4");
  }
  // Both graded (a wrong order graded 2 comes back later as a drill).
  await expect(page.getByText("2 done this session")).toBeVisible();
});

test("the summary comes from the server: undo takes the grade out, it survives a reload, start counts stay", async ({
  page,
}) => {
  const user = await createUser();
  await enrollTypesDeck(user.id, ["flashcard", "truefalse"]);
  await signIn(page, user);
  await page.goto("/study");
  const startCounts = page.getByTestId("start-counts");
  await expect(startCounts).toHaveText("0 due · 2 new at session start");
  for (let i = 0; i < 2; i++) {
    await expect(page.getByText(`${i} done this session`)).toBeVisible();
    await page.keyboard.press("Space");
    await expect(page.locator("#study-verdict")).toHaveText(/Answer shown/); // a flashcard too: no ✗ Not yet
    await page.keyboard.press("5");
  }
  await expect(page.getByTestId("summary-reviewed")).toHaveText("2");
  await page.keyboard.press("u");
  await expect(page.getByText("Last grade undone.")).toBeVisible();
  await expect(page.getByText("1 done this session")).toBeVisible();
  await page.keyboard.press("Space");
  await expect(page.locator("#study-verdict")).toBeFocused();
  await page.keyboard.press("4");
  await expect(page.getByTestId("summary-reviewed")).toHaveText("2");
  await expect(page.getByRole("region", { name: "All done for today" })).toContainText("Good 1, Easy 1");
  await expect(startCounts).toHaveText("0 due · 2 new at session start");
  await page.reload();
  await expect(page.getByTestId("summary-reviewed")).toHaveText("2");
  await expect(page.getByRole("region", { name: "All done for today" })).toContainText("Good 1, Easy 1");
  await expect(page.getByText("Time, first to last review today")).toBeVisible();
});

test("the deck page's Try it matching does not widen a 360 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const user = await createUser();
  await signIn(page, user);
  let tried = 0;
  for (const slug of ["linux-containers", "open-container-initiative", "docker-engine", "docker-images"]) {
    await page.goto(`/decks/${slug}`);
    const articles = page.getByRole("article").filter({ has: page.getByText("Matching", { exact: true }) });
    for (const a of await articles.all()) {
      await a.getByRole("button", { name: /^Try question/ }).click();
      await expect(a.getByRole("combobox").first()).toBeVisible();
      tried++;
    }
    await expectNoSideScroll(page, `/decks/${slug} with its matching previews open`);
  }
  expect(tried).toBeGreaterThan(0);
});
