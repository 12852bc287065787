import { describe, expect, it, vi } from "vitest";
import { retryAfterSeconds, shouldPrune } from "@/lib/auth/attempt-budget";

// The Retry-After a refused sign-in or sign-up gets: the budget frees when its max-th most
// recent attempt leaves the window, and not a second earlier or later.
describe("retryAfterSeconds", () => {
  const now = new Date("2026-03-01T12:00:00.000Z");
  const at = (msBefore: number) => ({ createdAt: new Date(now.getTime() - msBefore) });

  it("has room when fewer attempts than the budget are in the window", () => {
    expect(retryAfterSeconds(null, 900, now)).toBeNull();
  });

  it("waits until the max-th most recent attempt leaves the window, rounded up to whole seconds", () => {
    expect(retryAfterSeconds(at(0), 900, now)).toBe(900);
    expect(retryAfterSeconds(at(100_000), 900, now)).toBe(800);
    expect(retryAfterSeconds(at(100_500), 900, now)).toBe(800); // 799.5 s left → 800
    expect(retryAfterSeconds(at(100_001), 60, now)).toBeNull();
  });

  it("never says 0: under a second left is still a one-second wait", () => {
    expect(retryAfterSeconds(at(899_999), 900, now)).toBe(1);
    expect(retryAfterSeconds(at(899_001), 900, now)).toBe(1);
  });

  it("has room again at the exact moment the attempt leaves the window", () => {
    expect(retryAfterSeconds(at(900_000), 900, now)).toBeNull();
    expect(retryAfterSeconds(at(900_001), 900, now)).toBeNull();
  });
});

describe("shouldPrune", () => {
  it("prunes on about one attempt in a hundred: below 0.01 yes, at or above no", () => {
    const random = vi.spyOn(Math, "random");
    try {
      random.mockReturnValue(0.0099);
      expect(shouldPrune()).toBe(true);
      random.mockReturnValue(0.01);
      expect(shouldPrune()).toBe(false);
      random.mockReturnValue(0.5);
      expect(shouldPrune()).toBe(false);
    } finally {
      random.mockRestore();
    }
  });
});
