import { describe, expect, it } from "vitest";
import { describeChange } from "@/lib/audit/format";

describe("describeChange", () => {
  it("lists each changed field as old → new and leaves unchanged ones out", () => {
    expect(describeChange({ role: "LEARNER", name: "A" }, { role: "INSTRUCTOR", name: "A" })).toEqual([
      "role: LEARNER → INSTRUCTOR",
    ]);
    expect(describeChange({ disabledAt: null }, { disabledAt: "2026-12-02T01:00:00.000Z" })).toEqual([
      "disabledAt: null → 2026-12-02T01:00:00.000Z",
    ]);
  });

  it("shows only the new values for a creation, shortening long ones", () => {
    const lines = describeChange(null, { title: "Deck", payload: { back: "x".repeat(300) } });
    expect(lines[0]).toBe("title: Deck");
    expect(lines[1].length).toBeLessThanOrEqual(130);
    expect(lines[1].endsWith("…")).toBe(true);
  });
});
