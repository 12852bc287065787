import { afterEach, describe, expect, it, vi } from "vitest";

// A fresh module and env per call: what a second server process (or a restart) would compute.
async function seedIn(env: Record<string, string | undefined>): Promise<string> {
  vi.resetModules();
  vi.unstubAllEnvs();
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  const { displaySeed } = await import("@/lib/questions/display-order");
  return displaySeed({ userId: "learner-1", questionId: "q-1" }).toString("hex");
}

describe("display order key", () => {
  afterEach(() => vi.unstubAllEnvs());
  const A = "a".repeat(32);
  const B = "b".repeat(32);

  it("with only NEXTAUTH_SECRET set, every server process shows a learner the same order", async () => {
    expect(await seedIn({ NEXTAUTH_SECRET: A, DISPLAY_ORDER_SECRET: undefined })).toBe(
      await seedIn({ NEXTAUTH_SECRET: A, DISPLAY_ORDER_SECRET: undefined }),
    );
  });

  it("DISPLAY_ORDER_SECRET, when set, is the key (rotating NEXTAUTH_SECRET does not reshuffle)", async () => {
    const withOwn = await seedIn({ NEXTAUTH_SECRET: A, DISPLAY_ORDER_SECRET: B });
    expect(await seedIn({ NEXTAUTH_SECRET: "c".repeat(32), DISPLAY_ORDER_SECRET: B })).toBe(withOwn);
    expect(await seedIn({ NEXTAUTH_SECRET: A, DISPLAY_ORDER_SECRET: undefined })).not.toBe(withOwn);
  });

  it("with no secret configured (a bare dev server) a process still keeps one stable order per learner", async () => {
    vi.resetModules();
    vi.stubEnv("NEXTAUTH_SECRET", undefined);
    vi.stubEnv("DISPLAY_ORDER_SECRET", undefined);
    const { displaySeed } = await import("@/lib/questions/display-order");
    const ctx = { userId: "learner-1", questionId: "q-1" };
    expect(displaySeed(ctx).toString("hex")).toBe(displaySeed(ctx).toString("hex"));
    expect(displaySeed(ctx).toString("hex")).not.toBe(displaySeed({ ...ctx, userId: "learner-2" }).toString("hex"));
  });
});
