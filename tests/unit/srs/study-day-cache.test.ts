import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, startOfStudyDay, studyDayFromWallClock, studyDayOf, zonedTimeToUtc } from "@/lib/srs/study-day";

/**
 * studyDayOf and startOfStudyDay answer from caches (a study queue asks them hundreds of
 * times per request). A cached answer must be exactly what the wall-clock computation gives,
 * in every zone the runtime knows, across DST changes, for instants visited in any order.
 */
const ZONES = Intl.supportedValuesOf("timeZone");
const HOUR = 3_600_000;

describe("the study-day caches give the computed answers", () => {
  it("walking each zone through the DST seasons in irregular steps, every cached day is the wall clock's", () => {
    const mismatches: string[] = [];
    // March–April and late September–November hold the DST changes of both hemispheres.
    const windows = [
      [Date.UTC(2026, 2, 1), Date.UTC(2026, 3, 15)],
      [Date.UTC(2026, 8, 20), Date.UTC(2026, 10, 10)],
    ];
    for (const zone of ZONES) {
      for (const [from, to] of windows) {
        let t = from + (zone.length % 7) * HOUR;
        while (t < to) {
          const instant = new Date(t);
          const cached = studyDayOf(instant, zone);
          const computed = studyDayFromWallClock(instant, zone);
          if (cached !== computed) mismatches.push(`${zone} ${instant.toISOString()}: ${cached} ≠ ${computed}`);
          // 1–47 h ahead, minutes off the hour, so instants land just before and after a day's 04:00
          t += ((((t / HOUR) % 47) | 0) + 1) * HOUR - (t % 13) * 60_000;
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 60_000);

  it("random instants in random order, in random zones, agree with the wall clock", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.array(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }), { minLength: 1, maxLength: 30 }),
        (zone, times) => {
          for (const t of times) {
            expect(studyDayOf(new Date(t), zone)).toBe(studyDayFromWallClock(new Date(t), zone));
            // and the instants either side of that day's start
            const start = startOfStudyDay(studyDayFromWallClock(new Date(t), zone), zone).getTime();
            for (const u of [start - 1, start, start + 1])
              expect(studyDayOf(new Date(u), zone)).toBe(studyDayFromWallClock(new Date(u), zone));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a cached day start is the computed one, and changing a returned Date does not change the next answer", () => {
    for (const zone of ["America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kathmandu", "UTC"]) {
      for (let i = 0; i < 400; i++) {
        const day = addDays("2026-01-01", i);
        const [y, m, d] = day.split("-").map(Number);
        const first = startOfStudyDay(day, zone);
        expect(first.getTime()).toBe(zonedTimeToUtc(y, m, d, 4, zone).getTime());
        first.setTime(0);
        expect(startOfStudyDay(day, zone).getTime()).toBe(zonedTimeToUtc(y, m, d, 4, zone).getTime());
      }
    }
  });
});
