import os from "node:os";
import pg from "pg";
import { chromium, type Browser } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed";
import { signIn } from "./scenarios";
import { writeBlock } from "./report";

/**
 * `npm run bench -- --only=pages`: the JavaScript each page makes a cold browser download, in
 * Chromium against the production server. For every page a user reaches, signed in as the role that
 * reaches it, a fresh browser context (empty cache) opens the page, waits until the network has
 * been idle, and sums the bytes over the wire (encoded, i.e. gzip as served) of every script
 * response: the page's own chunks, the framework's, and any chunk loaded lazily after
 * hydration. Link prefetching is part of what a visit costs too, so it is counted as it happens.
 */

/** Issue #14 item 3: first-load JS per page, gzip over the wire. */
const LIMIT_KB: Record<string, number> = { "/study": 150, "/progress": 180 };
const DEFAULT_LIMIT_KB = 150;
export const limitFor = (route: string) => LIMIT_KB[route] ?? DEFAULT_LIMIT_KB;

export interface PageResult {
  route: string;
  url: string;
  as: string;
  status: number;
  scripts: number;
  scriptBytes: number;
  /** Of scriptBytes, the scripts the page's HTML names (its own and the framework's chunks, fetched before it can work). */
  htmlScriptBytes: number;
  limitKb: number;
  largest: { url: string; bytes: number }[];
}
export interface PagesBench {
  pages: PageResult[];
  machine: { cpus: number; model: string; node: string; loadAverage: number[] };
}

type Role = "learner" | "instructor" | "admin" | "signed out";
interface Target {
  route: string;
  url: string;
  as: Role;
}

/** Ids for the dynamic routes, from the seeded demo data (and an attempt started over HTTP). */
async function targets(url: string, base: string, cookies: Record<Role, string>): Promise<Target[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const one = async (sql: string, params: unknown[] = []) => {
    const r = await client.query<{ id: string }>(sql, params);
    if (!r.rows[0]) throw new Error(`pages bench: no row for ${sql}`);
    return r.rows[0].id;
  };
  try {
    const deck = await one(
      `SELECT id FROM "Deck" WHERE status = 'PUBLISHED' AND "archivedAt" IS NULL ORDER BY chapter LIMIT 1`,
    );
    const quiz = await one(
      `SELECT q.id FROM "Quiz" q JOIN "Deck" d ON d.id = q."deckId" WHERE d.status = 'PUBLISHED' ORDER BY d.chapter LIMIT 1`,
    );
    const quiz2 = await one(
      `SELECT q.id FROM "Quiz" q JOIN "Deck" d ON d.id = q."deckId" WHERE d.status = 'PUBLISHED' ORDER BY d.chapter OFFSET 1 LIMIT 1`,
    );
    // The seeded decks belong to a system account, so their author pages are opened as the admin
    // (who sees every deck); an instructor's own deck loads the same code.
    const ownDeck = deck;
    const question = await one(
      `SELECT id FROM "Question" WHERE "deckId" = $1 AND "archivedAt" IS NULL ORDER BY position LIMIT 1`,
      [ownDeck],
    );
    const ownQuiz = await one(`SELECT id FROM "Quiz" WHERE "deckId" = $1 LIMIT 1`, [ownDeck]);
    const post = async (p: string) => {
      const res = await fetch(`${base}${p}`, {
        method: "POST",
        headers: { cookie: cookies.learner, origin: new URL(base).origin, "content-type": "application/json" },
        body: "{}",
      });
      if (!res.ok) throw new Error(`pages bench: POST ${p} → ${res.status} ${await res.text()}`);
      return (await res.json()) as { id?: string; attemptId?: string };
    };
    const open = await post(`/api/v1/quizzes/${quiz}/attempts`);
    const done = await post(`/api/v1/quizzes/${quiz2}/attempts`);
    const doneId = done.id ?? done.attemptId;
    await post(`/api/v1/attempts/${doneId}/submit`);
    return [
      { route: "/sign-in", url: "/sign-in", as: "signed out" },
      { route: "/sign-up", url: "/sign-up", as: "signed out" },
      { route: "/forgot-password", url: "/forgot-password", as: "signed out" },
      { route: "/", url: "/", as: "learner" },
      { route: "/welcome", url: "/welcome", as: "learner" },
      { route: "/study", url: "/study", as: "learner" },
      { route: "/progress", url: "/progress", as: "learner" },
      { route: "/progress/calibration", url: "/progress/calibration", as: "learner" },
      { route: "/decks", url: "/decks", as: "learner" },
      { route: "/decks/[deckId]", url: `/decks/${deck}`, as: "learner" },
      { route: "/quizzes", url: "/quizzes", as: "learner" },
      { route: "/quizzes/[quizId]", url: `/quizzes/${quiz}`, as: "learner" },
      {
        route: "/quizzes/attempts/[attemptId] (open)",
        url: `/quizzes/attempts/${open.id ?? open.attemptId}`,
        as: "learner",
      },
      { route: "/quizzes/attempts/[attemptId] (submitted)", url: `/quizzes/attempts/${doneId}`, as: "learner" },
      { route: "/settings", url: "/settings", as: "learner" },
      { route: "/author", url: "/author", as: "instructor" },
      { route: "/author/decks/[deckId]", url: `/author/decks/${ownDeck}`, as: "admin" },
      {
        route: "/author/decks/[deckId]/questions/new",
        url: `/author/decks/${ownDeck}/questions/new?type=single`,
        as: "admin",
      },
      { route: "/author/decks/[deckId]/stats", url: `/author/decks/${ownDeck}/stats`, as: "admin" },
      { route: "/author/questions/[questionId]/edit", url: `/author/questions/${question}/edit`, as: "admin" },
      { route: "/author/quizzes", url: "/author/quizzes", as: "admin" },
      { route: "/author/quizzes/[quizId]", url: `/author/quizzes/${ownQuiz}`, as: "admin" },
      { route: "/author/quizzes/[quizId]/statistics", url: `/author/quizzes/${ownQuiz}/statistics`, as: "admin" },
      { route: "/admin", url: "/admin", as: "admin" },
      { route: "/admin/audit", url: "/admin/audit", as: "admin" },
    ];
  } finally {
    await client.end();
  }
}

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

async function measure(browser: Browser, base: string, t: Target, cookie: string | undefined): Promise<PageResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (cookie) {
    const [name, ...rest] = cookie.split("=");
    await context.addCookies([{ name, value: rest.join("="), url: base }]);
  }
  const page = await context.newPage();
  const scripts: Promise<{ url: string; bytes: number }>[] = [];
  page.on("requestfinished", (req) => {
    if (req.resourceType() !== "script") return;
    scripts.push(req.sizes().then((s) => ({ url: req.url(), bytes: s.responseBodySize })));
  });
  const res = await page.goto(`${base}${t.url}`, { waitUntil: "load" });
  const html = (await res?.text().catch(() => "")) ?? "";
  await page.waitForLoadState("networkidle");
  // Chunks loaded lazily after hydration (next/dynamic) start after the first idle; give them one more.
  await page.waitForTimeout(500);
  await page.waitForLoadState("networkidle");
  const all = await Promise.all(scripts);
  await context.close();
  return {
    route: t.route,
    url: t.url,
    as: t.as,
    status: res?.status() ?? 0,
    scripts: all.length,
    scriptBytes: all.reduce((n, s) => n + s.bytes, 0),
    // A chunk the HTML does not name came later: next/dynamic, or a prefetched route's code.
    htmlScriptBytes: all.filter((s) => html.includes(new URL(s.url).pathname)).reduce((n, s) => n + s.bytes, 0),
    limitKb: limitFor(t.route),
    largest: all
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 5)
      .map((s) => ({ url: new URL(s.url).pathname, bytes: s.bytes })),
  };
}

export async function runPagesBench(url: string, base: string, log: (m: string) => void): Promise<PagesBench> {
  const cookies: Record<Role, string> = {
    learner: await signIn(base, DEMO_ACCOUNTS[0].email, DEMO_ACCOUNTS[0].password),
    instructor: await signIn(base, DEMO_ACCOUNTS[1].email, DEMO_ACCOUNTS[1].password),
    admin: await signIn(base, DEMO_ACCOUNTS[2].email, DEMO_ACCOUNTS[2].password),
    "signed out": "",
  };
  const list = await targets(url, base, cookies);
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const pages: PageResult[] = [];
  try {
    for (const t of list) {
      const r = await measure(browser, base, t, cookies[t.as] || undefined);
      pages.push(r);
      log(`${r.route} (${r.as}): ${r.status}, ${r.scripts} scripts, ${(r.scriptBytes / 1000).toFixed(1)} kB`);
    }
  } finally {
    await browser.close();
  }
  const cpu = os.cpus();
  return {
    pages,
    machine: { cpus: cpu.length, model: cpu[0]?.model ?? "unknown", node: process.version, loadAverage: os.loadavg() },
  };
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

/** Replaces the first-load JavaScript section of docs/BENCHMARKS.md (appended the first time). */
export function writePagesReport(r: PagesBench): void {
  const m = r.machine;
  const met = r.pages.filter((p) => p.scriptBytes <= p.limitKb * 1000).length;
  const body = [
    "",
    `Run on ${new Date().toISOString().slice(0, 10)}, ${m.cpus} cores (${m.model}), Node ${m.node}, load average ${m.loadAverage.map((x) => x.toFixed(1)).join(" / ")} (1 / 5 / 15 min). Bytes do not depend on the load. **${met} of ${r.pages.length} pages within their limit.**`,
    "",
    "The verdict counts every script the visit downloaded; the column before it is the part the page's HTML names (the rest loaded after it: next/dynamic chunks and prefetched routes' code).",
    "",
    "| page | as | status | scripts | named by the HTML (kB) | JS over the wire (kB, gzip) | limit (kB) | met |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...r.pages.map(
      (p) =>
        `| \`${p.route}\` | ${p.as} | ${p.status} | ${p.scripts} | ${kb(p.htmlScriptBytes)} | ${kb(p.scriptBytes)} | ${p.limitKb} | ${p.scriptBytes <= p.limitKb * 1000 ? "met" : "**not met**"} |`,
    ),
    "",
  ];
  writeBlock("npm run bench -- --only=pages", body, ["## First-load JavaScript (issue #14)"]);
}
