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

const shifted = new Map<string, string>();
const SHIFTED_MAX = 20_000;

export function addDays(day: string, n: number): string {
  const key = `${day} ${n}`;
  const hit = shifted.get(key);
  if (hit !== undefined) return hit;
  const [y, m, d] = day.split("-").map(Number);
  const out = new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
  if (shifted.size >= SHIFTED_MAX) shifted.clear();
  shifted.set(key, out);
  return out;
}

/** The study day an instant belongs to, from its wall clock (what the cached answer must equal). */
export function studyDayFromWallClock(instant: Date, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  const day = `${w.y}-${String(w.m).padStart(2, "0")}-${String(w.d).padStart(2, "0")}`;
  return w.h < DAY_START_HOUR ? addDays(day, -1) : day;
}

/**
 * The study days' bounds are cached: a study queue previews every grade of up to 50 cards, each
 * preview a due date, and `formatToParts` is costly (≈ 900 calls and a quarter of a queue
 * fetch's CPU before these caches, bench "Where the time goes"). Both caches hold only what
 * the computation above gives, so they change no answer (tests/unit/srs/study-day-cache.test.ts
 * checks them against it across time zones and DST changes).
 */
const dayStarts = new Map<string, number>();
const DAY_STARTS_MAX = 20_000;
/** Per time zone, the last study day found and the instants it spans [from, to). */
const lastDay = new Map<string, { day: string; from: number; to: number }>();

/** The study day an instant belongs to. */
export function studyDayOf(instant: Date, timeZone: string): string {
  const t = instant.getTime();
  const hit = lastDay.get(timeZone);
  if (hit && t >= hit.from && t < hit.to) return hit.day;
  const day = studyDayFromWallClock(instant, timeZone);
  const from = startOfStudyDay(day, timeZone).getTime();
  const to = startOfStudyDay(addDays(day, 1), timeZone).getTime();
  // Kept only when the day's bounds hold the instant (a zone whose 04:00 is skipped once may not).
  if (t >= from && t < to) lastDay.set(timeZone, { day, from, to });
  return day;
}

/** The instant a study day starts (04:00 local). */
export function startOfStudyDay(day: string, timeZone: string): Date {
  const key = `${timeZone} ${day}`;
  const hit = dayStarts.get(key);
  if (hit !== undefined) return new Date(hit);
  const [y, m, d] = day.split("-").map(Number);
  const start = zonedTimeToUtc(y, m, d, DAY_START_HOUR, timeZone);
  if (dayStarts.size >= DAY_STARTS_MAX) dayStarts.clear();
  dayStarts.set(key, start.getTime());
  return start;
}

/** Due moment for an interval: start of the study day `intervalDays` after the review. */
export function dueAtFor(reviewedAt: Date, intervalDays: number, timeZone: string): Date {
  return startOfStudyDay(addDays(studyDayOf(reviewedAt, timeZone), intervalDays), timeZone);
}
