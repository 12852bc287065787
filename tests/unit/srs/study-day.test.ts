import { describe, expect, it } from "vitest";
import { addDays, dueAtFor, startOfStudyDay, studyDayOf } from "@/lib/srs/study-day";

describe("study day (starts 04:00 local)", () => {
  it("a review before 04:00 belongs to the previous day", () => {
    expect(studyDayOf(new Date("2026-03-10T03:59:00Z"), "UTC")).toBe("2026-03-09");
    expect(studyDayOf(new Date("2026-03-10T04:00:00Z"), "UTC")).toBe("2026-03-10");
  });

  it("uses the learner's zone", () => {
    // 02:00 UTC is 11:00 in Tokyo (same day) and 21:00 the day before in New York
    expect(studyDayOf(new Date("2026-03-10T02:00:00Z"), "Asia/Tokyo")).toBe("2026-03-10");
    expect(studyDayOf(new Date("2026-03-10T02:00:00Z"), "America/New_York")).toBe("2026-03-09");
  });

  it("starts the day at 04:00 local across a DST change", () => {
    // New York: EST (UTC−5) before 2026-03-08, EDT (UTC−4) after
    expect(startOfStudyDay("2026-03-07", "America/New_York").toISOString()).toBe("2026-03-07T09:00:00.000Z");
    expect(startOfStudyDay("2026-03-08", "America/New_York").toISOString()).toBe("2026-03-08T08:00:00.000Z");
    // Berlin autumn change (CEST → CET on 2026-10-25)
    expect(startOfStudyDay("2026-10-24", "Europe/Berlin").toISOString()).toBe("2026-10-24T02:00:00.000Z");
    expect(startOfStudyDay("2026-10-25", "Europe/Berlin").toISOString()).toBe("2026-10-25T03:00:00.000Z");
  });

  it("due moment is the start of the study day interval days later", () => {
    const reviewed = new Date("2026-03-07T20:00:00Z"); // 15:00 EST on the 7th
    expect(dueAtFor(reviewed, 1, "America/New_York").toISOString()).toBe("2026-03-08T08:00:00.000Z");
    expect(dueAtFor(reviewed, 6, "America/New_York").toISOString()).toBe("2026-03-13T08:00:00.000Z");
  });

  it("adds days across months and years", () => {
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});

describe("study day in a zone with a half-hour offset", () => {
  it("starts at 04:00 India Standard Time (UTC+05:30), and 03:59 there is still the day before", () => {
    expect(startOfStudyDay("2026-03-10", "Asia/Kolkata").toISOString()).toBe("2026-03-09T22:30:00.000Z");
    expect(studyDayOf(new Date("2026-03-09T22:29:00Z"), "Asia/Kolkata")).toBe("2026-03-09");
    expect(studyDayOf(new Date("2026-03-09T22:30:00Z"), "Asia/Kolkata")).toBe("2026-03-10");
    expect(dueAtFor(new Date("2026-03-10T06:00:00Z"), 1, "Asia/Kolkata").toISOString()).toBe(
      "2026-03-10T22:30:00.000Z",
    );
  });
});

describe("study day in a zone with a quarter-hour offset", () => {
  it("starts at 04:00 Nepal time (UTC+05:45)", () => {
    expect(startOfStudyDay("2026-03-10", "Asia/Kathmandu").toISOString()).toBe("2026-03-09T22:15:00.000Z");
    expect(dueAtFor(new Date("2026-03-10T06:00:00Z"), 6, "Asia/Kathmandu").toISOString()).toBe(
      "2026-03-15T22:15:00.000Z",
    );
  });
});
