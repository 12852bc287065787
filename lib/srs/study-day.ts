/**
 * A learner's study day starts at 04:00 in their time zone (a review at 01:30 still
 * belongs to the previous day). Dates are "YYYY-MM-DD" strings of the local calendar.
 */
export const DAY_START_HOUR = 4;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Wall-clock parts of an instant in a time zone. */
function wallClock(instant: Date, timeZone: string) {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return { y: +parts.year, m: +parts.month, d: +parts.day, h: +parts.hour, min: +parts.minute, s: +parts.second };
}

/** Offset (ms) of the zone from UTC at an instant. */
function offsetAt(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  return Date.UTC(w.y, w.m - 1, w.d, w.h, w.min, w.s) - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant when the wall clock in `timeZone` shows the given local time (DST-aware). */
export function zonedTimeToUtc(y: number, m: number, d: number, h: number, timeZone: string): Date {
  const guess = Date.UTC(y, m - 1, d, h);
  let utc = guess - offsetAt(new Date(guess), timeZone);
  const second = guess - offsetAt(new Date(utc), timeZone);
  if (second !== utc) utc = second; // the offset changed between guess and result (DST)
  return new Date(utc);
}

export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** The study day an instant belongs to. */
export function studyDayOf(instant: Date, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  const day = `${w.y}-${String(w.m).padStart(2, "0")}-${String(w.d).padStart(2, "0")}`;
  return w.h < DAY_START_HOUR ? addDays(day, -1) : day;
}

/** The instant a study day starts (04:00 local). */
export function startOfStudyDay(day: string, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number);
  return zonedTimeToUtc(y, m, d, DAY_START_HOUR, timeZone);
}

/** Due moment for an interval: start of the study day `intervalDays` after the review. */
export function dueAtFor(reviewedAt: Date, intervalDays: number, timeZone: string): Date {
  return startOfStudyDay(addDays(studyDayOf(reviewedAt, timeZone), intervalDays), timeZone);
}
