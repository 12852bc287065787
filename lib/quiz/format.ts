export function formatLimit(seconds: number): string {
  return seconds % 60 === 0 ? `${seconds / 60} min` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}

/** An instant as a `datetime-local` value in UTC (the author forms label their times UTC), or "". */
export function toUtcInput(iso: string | null): string {
  return iso ? iso.slice(0, 16) : "";
}

/** A `datetime-local` value read as UTC, as ISO; empty means no time (null). */
export function fromUtcInput(value: string): string | null {
  return value ? new Date(`${value}:00Z`).toISOString() : null;
}

/** An instant in the learner's time zone, as the quiz pages show windows: "8 Dec 2026, 18:30". */
export function formatWhen(iso: string, timeZone: string): string {
  return new Date(iso).toLocaleString("en-GB", { timeZone, dateStyle: "medium", timeStyle: "short" });
}
