/**
 * How long until `dueAt`, in Anki's short style: "<1m", "<10m", "25m", "1d", "6d", "2.1mo",
 * "1.3y". Only formats the server's due date; the client never schedules. Anything an hour or
 * more away counts in whole days (at least 1d): SM-2 and FSRS review intervals are whole days
 * that end at the start of a study day, so "1 day" late in the evening is only a few hours
 * away, and "4h" would misdescribe it. (Same-day learning steps are minutes.)
 */
export function formatInterval(dueAt: Date | string, now: Date | number): string {
  const ms = new Date(dueAt).getTime() - new Date(now).getTime();
  const minutes = ms / 60_000;
  if (minutes < 1) return "<1m";
  if (minutes < 10) return "<10m";
  if (minutes < 60) return `${Math.round(minutes)}m`;
  const days = Math.max(1, Math.round(minutes / 1440));
  if (days < 30) return `${days}d`;
  if (days < 365) return `${trim(days / 30)}mo`;
  return `${trim(days / 365)}y`;
}

const trim = (n: number) => n.toFixed(1).replace(/\.0$/, "");
