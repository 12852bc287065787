import { describe, expect, it } from "vitest";
import { formatInterval } from "@/components/study/interval";

const now = new Date("2026-12-01T10:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe("formatInterval (Anki's short style, from the server's due date)", () => {
  it.each([
    [0, "<1m"],
    [-5 * MIN, "<1m"],
    [30_000, "<1m"],
    [MIN, "<10m"],
    [9 * MIN, "<10m"],
    [10 * MIN, "10m"],
    [45 * MIN, "45m"],
    [59 * MIN, "59m"],
    // SM-2's "1 day" ends at the next study day's 04:00: 5 h from a 23:00 review is 1d, not 5h.
    [HOUR, "1d"],
    [5 * HOUR, "1d"],
    [18 * HOUR, "1d"],
    [36 * HOUR, "2d"],
    [DAY, "1d"],
    [6 * DAY, "6d"],
    [29 * DAY, "29d"],
    [30 * DAY, "1mo"],
    [63 * DAY, "2.1mo"],
    [364 * DAY, "12.1mo"],
    [365 * DAY, "1y"],
    [475 * DAY, "1.3y"],
  ])("%i ms from now is %s", (ms, text) => {
    expect(formatInterval(later(ms), now)).toBe(text);
  });

  it("takes ISO strings and epoch numbers, as the API and Date.now() give them", () => {
    expect(formatInterval(later(6 * DAY).toISOString(), now.getTime())).toBe("6d");
  });
});
