import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

// Pruning normally runs on ~1 % of attempts; these tests decide when it runs.
const prune = vi.hoisted(() => ({ now: false }));
vi.mock("@/lib/auth/attempt-budget", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/attempt-budget")>()),
  shouldPrune: () => prune.now,
}));
const { reserveSignInAttempt } = await import("@/lib/auth/rate-limit");

const NOW = new Date("2026-06-10T12:00:00Z");
const secondsAgo = (s: number) => new Date(NOW.getTime() - s * 1000);
const daysAgo = (d: number) => secondsAgo(d * 24 * 3600);

async function attempts(rows: { email: string; ip: string; at: Date; succeeded?: boolean }[]) {
  await db.signInAttempt.createMany({
    data: rows.map((r) => ({ email: r.email, ip: r.ip, createdAt: r.at, succeeded: r.succeeded ?? false })),
  });
}

afterEach(() => {
  prune.now = false;
});

// What the limits do over time, which the parallel tests (all at one instant) cannot show.
describe("sign-in budgets over time", () => {
  it("failures older than the window stop counting for the (email, address) budget", async () => {
    const window = env().SIGNIN_WINDOW_SECONDS;
    const max = env().SIGNIN_MAX_FAILURES_PER_ACCOUNT_IP;
    const ip = "10.40.0.1";
    await attempts(Array.from({ length: max }, () => ({ email: "old@example.com", ip, at: secondsAgo(window + 1) })));
    expect((await reserveSignInAttempt("old@example.com", ip, NOW)).ok).toBe(true);
  });

  it("waits until the max-th most recent attempt leaves the window, not an older or newer one", async () => {
    const window = env().SIGNIN_WINDOW_SECONDS;
    const max = env().SIGNIN_MAX_FAILURES_PER_ACCOUNT_IP;
    const ip = "10.40.0.2";
    // Inserted oldest first, one more than the budget, 60 s apart and all inside the window.
    const ages = Array.from({ length: max + 1 }, (_, i) => 60 * (max + 1 - i));
    await attempts(ages.map((s) => ({ email: "order@example.com", ip, at: secondsAgo(s) })));
    const res = await reserveSignInAttempt("order@example.com", ip, NOW);
    // The max-th most recent is the second oldest: it leaves the window after (window − its age).
    expect(res).toEqual({ ok: false, retryAfter: window - ages[1] });
  });

  it("an address's failures on other accounts count for the per-address budget only inside the window", async () => {
    const window = env().SIGNIN_WINDOW_SECONDS;
    const max = env().SIGNIN_MAX_FAILURES_PER_IP;
    const spray = (at: Date) =>
      Array.from({ length: max }, (_, i) => ({ email: `victim-${i}@example.com`, ip: "10.40.0.3", at }));
    await attempts(spray(secondsAgo(window + 1)));
    expect((await reserveSignInAttempt("next@example.com", "10.40.0.3", NOW)).ok).toBe(true);
    await attempts(spray(secondsAgo(10)));
    expect((await reserveSignInAttempt("after@example.com", "10.40.0.3", NOW)).ok).toBe(false);
  });

  it("an address the owner signed in from within 30 days skips the per-address budget; after 30 days it does not", async () => {
    const max = env().SIGNIN_MAX_FAILURES_PER_IP;
    const ip = "10.40.0.4";
    await attempts(
      Array.from({ length: max }, (_, i) => ({ email: `sprayed-${i}@example.com`, ip, at: secondsAgo(30) })),
    );
    await attempts([
      { email: "recent@example.com", ip, at: daysAgo(29), succeeded: true },
      { email: "lapsed@example.com", ip, at: daysAgo(31), succeeded: true },
    ]);
    expect((await reserveSignInAttempt("recent@example.com", ip, NOW)).ok).toBe(true);
    expect((await reserveSignInAttempt("lapsed@example.com", ip, NOW)).ok).toBe(false);
  });

  it("pruning deletes attempts older than 30 days and keeps the rest; without it nothing is deleted", async () => {
    await attempts([
      { email: "prune@example.com", ip: "10.40.0.5", at: daysAgo(31) },
      { email: "prune@example.com", ip: "10.40.0.5", at: daysAgo(29), succeeded: true },
    ]);
    await reserveSignInAttempt("prune@example.com", "10.40.0.5", NOW);
    expect(await db.signInAttempt.count({ where: { email: "prune@example.com" } })).toBe(3);
    prune.now = true;
    await reserveSignInAttempt("prune@example.com", "10.40.0.5", NOW);
    const left = await db.signInAttempt.findMany({
      where: { email: "prune@example.com" },
      select: { createdAt: true },
    });
    expect(left.map((r) => r.createdAt.getTime()).sort()).toEqual(
      [daysAgo(29).getTime(), NOW.getTime(), NOW.getTime()].sort(),
    );
  });
});
