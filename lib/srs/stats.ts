import "server-only";
import { lagDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { VISIBLE_QUESTION_SQL, visibleQuestionWhere } from "@/lib/decks/visibility";
import type { Progress } from "./schemas";
import { addDays, DAY_START_HOUR, studyDayOf } from "./study-day";

export type { Progress };

/**
 * The learner's review states on cards they can study: enrolled, published, not archived.
 * The forecast and the stage counts both read through it, so they count the same cards.
 */
function visibleStates(userId: string): Prisma.Sql {
  return Prisma.sql`FROM "ReviewState" rs JOIN "Question" q ON q.id = rs."questionId" JOIN "Deck" d ON d.id = q."deckId"
      JOIN "DeckEnrollment" e ON e."deckId" = d.id AND e."userId" = rs."userId"
      WHERE rs."userId" = ${userId} AND ${VISIBLE_QUESTION_SQL}`;
}

/** Anki's split: mature cards have an interval of 21 days or more. */
export const MATURE_DAYS = 21;

export async function getProgress(user: { id: string; timeZone: string }, now = new Date()): Promise<Progress> {
  const tz = user.timeZone;
  const today = studyDayOf(now, tz);
  const shift = `${DAY_START_HOUR} hours`;
  const since = new Date(now.getTime() - 366 * 86400_000);

  const [daily, due, weekly, stageRows, newCount] = await Promise.all([
    lagDb.$queryRaw<{ day: string; count: number }[]>`
      SELECT to_char((("reviewedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${tz}) - ${shift}::interval, 'YYYY-MM-DD') AS day, count(*)::int AS count
      FROM "ReviewLog" WHERE "userId" = ${user.id} AND "undoneAt" IS NULL AND "reviewedAt" >= ${since}
      GROUP BY 1 ORDER BY 1`,
    lagDb.$queryRaw<{ day: string; count: number }[]>`
      SELECT to_char(((rs."dueAt" AT TIME ZONE 'UTC') AT TIME ZONE ${tz}) - ${shift}::interval, 'YYYY-MM-DD') AS day, count(*)::int AS count
      ${visibleStates(user.id)} AND rs."dueAt" < ${new Date(now.getTime() + 31 * 86400_000)}
      GROUP BY 1`,
    lagDb.$queryRaw<{ week: string; reviews: number; retained: number }[]>`
      SELECT to_char(date_trunc('week', (("reviewedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${tz}) - ${shift}::interval), 'YYYY-MM-DD') AS week,
             count(*)::int AS reviews, count(*) FILTER (WHERE grade >= 3)::int AS retained
      FROM "ReviewLog" WHERE "userId" = ${user.id} AND "undoneAt" IS NULL AND NOT drill AND "reviewedAt" >= ${new Date(now.getTime() - 84 * 86400_000)}
      GROUP BY 1 ORDER BY 1`,
    lagDb.$queryRaw<{ learning: number; young: number; mature: number }[]>`
      SELECT count(*) FILTER (WHERE rs.repetitions = 0)::int AS learning,
             count(*) FILTER (WHERE rs.repetitions > 0 AND rs."intervalDays" < ${MATURE_DAYS})::int AS young,
             count(*) FILTER (WHERE rs.repetitions > 0 AND rs."intervalDays" >= ${MATURE_DAYS})::int AS mature
      ${visibleStates(user.id)}`,
    lagDb.question.count({
      where: { ...visibleQuestionWhere(user.id), reviewStates: { none: { userId: user.id } } },
    }),
  ]);

  const byDay = new Map(daily.map((d) => [d.day, d.count]));
  let streak = 0;
  for (let day = byDay.has(today) ? today : addDays(today, -1); byDay.has(day); day = addDays(day, -1)) streak++;

  const forecast = Array.from({ length: 30 }, (_, i) => ({ day: addDays(today, i), count: 0 }));
  for (const d of due) {
    const idx = d.day <= today ? 0 : forecast.findIndex((f) => f.day === d.day);
    if (idx >= 0) forecast[idx].count += d.count;
  }
  return {
    today,
    streak,
    totalReviews: daily.reduce((n, d) => n + d.count, 0),
    heatmap: daily.filter((d) => d.day > addDays(today, -365)),
    forecast,
    retention: weekly.map((w) => ({ ...w, rate: w.reviews ? w.retained / w.reviews : 0 })),
    stages: { new: newCount, ...(stageRows[0] ?? { learning: 0, young: 0, mature: 0 }) },
  };
}
