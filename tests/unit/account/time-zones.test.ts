import { describe, expect, it } from "vitest";
import { timeZoneOptions } from "@/lib/time-zones";

describe("timeZoneOptions", () => {
  it("still lists UTC after the learner has moved to another zone", () => {
    const zones = timeZoneOptions("Europe/Berlin");
    expect(zones).toContain("UTC");
    expect(zones).toContain("Europe/Berlin");
  });

  it("lists UTC once, first, for a learner on UTC", () => {
    const zones = timeZoneOptions("UTC");
    expect(zones[0]).toBe("UTC");
    expect(zones.filter((z) => z === "UTC")).toHaveLength(1);
  });

  it("lists the current zone even when the runtime's list does not (an alias)", () => {
    expect(timeZoneOptions("Asia/Calcutta", ["Asia/Kolkata", "Europe/Berlin"])).toEqual([
      "UTC",
      "Asia/Calcutta",
      "Asia/Kolkata",
      "Europe/Berlin",
    ]);
  });

  it("does not repeat a zone the runtime already lists", () => {
    const zones = timeZoneOptions("Europe/Berlin");
    expect(zones.filter((z) => z === "Europe/Berlin")).toHaveLength(1);
    expect(new Set(zones).size).toBe(zones.length);
  });
});
