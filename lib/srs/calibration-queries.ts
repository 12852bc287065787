import "server-only";
import { lagDb } from "@/lib/db/client";
import type { Grade } from "./sm2";
import { BIN_COUNT, EPS, type ReliabilityBin } from "./fsrs/metrics";
import { DAY_MS } from "./fsrs/predict";
import {
  MATURE_INTERVAL_DAYS,
  RETENTION_PERIODS,
  type RetentionPeriod,
  type TrueRetentionTable,
} from "./fsrs/true-retention";
import type { ReplayCard } from "./calibration-math";

/**
 * The calibration page's reads. A learner with 100,000 reviews made the page load every row into
 * JS; here the counts are summed by Postgres and the replay input comes one row per card.
 */

/**
 * Each card's reviews (undone ones left out) in time order, packed as "ms:grade:drill" so 100,000
 * reviews come back as one row per card; cards in the order of their first review, as the
 * workload simulator's seeded draws were made in.
 */
export async function loadReplayCards(userId: string): Promise<ReplayCard[]> {
  // date_part is double precision (extract's numeric is slower); ms timestamps round exactly.
  const raw = await lagDb.$queryRaw<{ log: string }[]>`
    SELECT string_agg(round(date_part('epoch', "reviewedAt") * 1000)::bigint || ':' || grade || ':' || drill::int, ','
                      ORDER BY "reviewedAt", id) AS log
    FROM "ReviewLog" WHERE "userId" = ${userId} AND "undoneAt" IS NULL
    GROUP BY "questionId"
    ORDER BY min("reviewedAt"), (array_agg(id ORDER BY "reviewedAt", id))[1]`;
  return raw.map(({ log }) => {
    const parts = log.split(",");
    const card: ReplayCard = {
      times: new Array<number>(parts.length),
      grades: new Array<Grade>(parts.length),
      drills: [],
    };
    parts.forEach((p, i) => {
      const [t, g, d] = p.split(":");
      card.times[i] = Number(t);
      card.grades[i] = Number(g) as Grade;
      card.drills[i] = d === "1";
    });
    return card;
  });
}

export interface LoggedSummary {
  predictions: number;
  reliability: ReliabilityBin[];
  logLoss: number;
  rmseBins: number;
}

/** metrics.ts's reliabilityBins, logLoss and rmseBins over the logged predictedR, summed in SQL. */
export async function loggedSummary(userId: string): Promise<LoggedSummary> {
  const rows = await lagDb.$queryRaw<{ bin: number; n: number; sumP: number; hits: number; loss: number }[]>`
    SELECT bin, count(*)::int AS n, sum(p)::float8 AS "sumP", count(*) FILTER (WHERE grade >= 3)::int AS hits,
           sum(CASE WHEN grade >= 3 THEN -ln(q) ELSE -ln(1 - q) END)::float8 AS loss
    FROM (SELECT grade, p, LEAST(${BIN_COUNT - 1}::int, floor(p * ${BIN_COUNT}::int)::int) AS bin,
                 LEAST(${1 - EPS}::float8, GREATEST(${EPS}::float8, "predictedR")) AS q
          FROM (SELECT grade, "predictedR", LEAST(1::float8, GREATEST(0::float8, "predictedR")) AS p
                FROM "ReviewLog"
                WHERE "userId" = ${userId} AND "undoneAt" IS NULL AND "predictedR" IS NOT NULL) clipped) binned
    GROUP BY bin`;
  const byBin = new Map(rows.map((r) => [r.bin, r]));
  let n = 0;
  let loss = 0;
  let sq = 0;
  const reliability = Array.from({ length: BIN_COUNT }, (_, b): ReliabilityBin => {
    const r = byBin.get(b);
    const count = r?.n ?? 0;
    const meanPredicted = r && count ? r.sumP / count : null;
    const observedRate = r && count ? r.hits / count : null;
    if (r && count) {
      n += count;
      loss += r.loss;
      sq += count * (meanPredicted! - observedRate!) ** 2;
    }
    return { lower: b / BIN_COUNT, upper: (b + 1) / BIN_COUNT, count, meanPredicted, observedRate };
  });
  return { predictions: n, reliability, logLoss: n ? loss / n : NaN, rmseBins: n ? Math.sqrt(sq / n) : NaN };
}

/**
 * true-retention.ts's table over retentionReviews (scheduled reviews of cards with SM-2
 * repetitions > 0 before them), counted in SQL over the last year only.
 */
export async function trueRetentionCounts(userId: string, now: Date): Promise<TrueRetentionTable> {
  const end = now.getTime();
  const since = (days: number) => new Date(end - days * DAY_MS);
  const rows = await lagDb.$queryRaw<{ period: RetentionPeriod; mature: boolean; total: number; passed: number }[]>`
    SELECT p.period, COALESCE((before->>'intervalDays')::int, 0) >= ${MATURE_INTERVAL_DAYS}::int AS mature,
           count(*)::int AS total, count(*) FILTER (WHERE grade >= 3)::int AS passed
    FROM "ReviewLog" r
    JOIN (VALUES ('day', ${since(RETENTION_PERIODS.day)}::timestamp), ('week', ${since(RETENTION_PERIODS.week)}::timestamp),
                 ('month', ${since(RETENTION_PERIODS.month)}::timestamp), ('year', ${since(RETENTION_PERIODS.year)}::timestamp))
         AS p(period, start) ON r."reviewedAt" > p.start
    WHERE r."userId" = ${userId} AND r."undoneAt" IS NULL AND NOT r.drill
      AND r."reviewedAt" > ${since(RETENTION_PERIODS.year)}::timestamp AND r."reviewedAt" <= ${now}::timestamp
      AND NOT COALESCE((before->>'isNew')::boolean, false) AND COALESCE((before->>'repetitions')::int, 0) > 0
    GROUP BY 1, 2`;
  const cell = (passed: number, total: number) => ({ passed, total, rate: total ? passed / total : null });
  const table = {} as TrueRetentionTable;
  for (const period of Object.keys(RETENTION_PERIODS) as RetentionPeriod[]) {
    const get = (mature: boolean) => rows.find((r) => r.period === period && r.mature === mature);
    const y = get(false);
    const m = get(true);
    table[period] = {
      young: cell(y?.passed ?? 0, y?.total ?? 0),
      mature: cell(m?.passed ?? 0, m?.total ?? 0),
      all: cell((y?.passed ?? 0) + (m?.passed ?? 0), (y?.total ?? 0) + (m?.total ?? 0)),
    };
  }
  return table;
}
