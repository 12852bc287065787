/**
 * The FSRS cases (issue #12), run in-process against the bench Postgres: fit time, the
 * "Is it working?" service for a learner with 100,000 reviews, and review submit under FSRS vs
 * SM-2 through the same recordReview the app runs. `npm run bench -- --only=fsrs` runs just these.
 */
import crypto from "node:crypto";
import os from "node:os";
import pg from "pg";
import { fitFsrs } from "@/lib/srs/fsrs/fit";
import { csvRatingToSm2Grade } from "@/lib/srs/fsrs/grades";
import { predictFsrs, type ReviewEvent } from "@/lib/srs/fsrs/replay";
import { generateSyntheticReviews, type CsvReview } from "@/lib/srs/fsrs/synthetic";

type Log = (m: string) => void;

export interface FsrsBench {
  machine: { cpus: number; model: string; loadAverage: number[]; node: string };
  fit: { reviews: number; cards: number; runsMs: number[]; medianMs: number; msPer10k: number };
  fitLearnerMs: number;
  calibration: {
    reviews: number;
    cards: number;
    runs: number;
    p50: number;
    p95: number;
    max: number;
    firstEverMs: number;
    afterReviewMs: number[];
    refreshMs: number[];
    allViewsP95: number;
  };
  submit: Record<"SM2" | "FSRS", { reviews: number; p50: number; p95: number; mean: number }>;
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const quantile = (xs: number[], q: number) => sorted(xs)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const round = (x: number) => Math.round(x * 10) / 10;

function histories(rows: readonly CsvReview[]): Map<string, ReviewEvent[]> {
  const cards = new Map<string, ReviewEvent[]>();
  for (const r of rows) {
    let h = cards.get(r.cardId);
    if (!h) cards.set(r.cardId, (h = []));
    h.push({ time: r.reviewTime, grade: csvRatingToSm2Grade(r.rating) });
  }
  return cards;
}

/** A learner with its own deck of `cards` questions; ids are prefixed so reruns do not collide. */
async function makeLearner(client: pg.Client, tag: string, cards: number): Promise<{ userId: string; qids: string[] }> {
  const id = `fb-${tag}-${crypto.randomBytes(4).toString("hex")}`;
  await client.query(
    `INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES ($1, $1 || '@bench.local', $1, 'LEARNER', now())`,
    [id],
  );
  await client.query(
    `INSERT INTO "Deck" (id, slug, title, "ownerId", status, "updatedAt") VALUES ($1, $1, $1, $1, 'PUBLISHED', now())`,
    [id],
  );
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO "Question" (id, "deckId", type, prompt, payload, position, "updatedAt")
     SELECT $1 || '-q' || i, $1, 'single', 'Bench question ' || i,
            jsonb_build_object('options', jsonb_build_array(jsonb_build_object('text', 'right', 'correct', true),
              jsonb_build_object('text', 'wrong', 'correct', false))), i, now()
     FROM generate_series(1, $2::int) i RETURNING id`,
    [id, cards],
  );
  await client.query(`INSERT INTO "DeckEnrollment" ("userId", "deckId") VALUES ($1, $1)`, [id]);
  return { userId: id, qids: rows.map((r) => r.id) };
}

/** One bulk INSERT of a synthetic history (with the FSRS-default prediction logged before each review). */
async function insertHistory(client: pg.Client, userId: string, qids: string[], rows: readonly CsvReview[]) {
  const cards = histories(rows);
  const cols = { q: [] as string[], g: [] as number[], t: [] as string[], p: [] as (number | null)[] };
  let k = 0;
  for (const events of cards.values()) {
    const qid = qids[k++ % qids.length];
    const p = predictFsrs(events);
    events.forEach((e, i) => {
      cols.q.push(qid);
      cols.g.push(e.grade);
      cols.t.push(new Date(Number(e.time)).toISOString());
      cols.p.push(i === 0 ? null : p[i - 1]);
    });
  }
  await client.query(
    `INSERT INTO "ReviewLog" ("userId", "questionId", "clientRequestId", grade, before, after, "predictedR", "reviewedAt")
     SELECT $1, q, md5($1 || n::text), g, jsonb_build_object('isNew', false, 'repetitions', 2, 'intervalDays', 10), '{}'::jsonb, p, t
     FROM unnest($2::text[], $3::int[], $4::timestamptz[], $5::float8[]) WITH ORDINALITY AS x(q, g, t, p, n)`,
    [userId, cols.q, cols.g, cols.t, cols.p],
  );
}

export async function runFsrsBench(url: string, log: Log): Promise<FsrsBench> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // 1. Fit time: 10,000 synthetic reviews, three runs.
    const tenK = generateSyntheticReviews({ seed: 1, cards: 833, reviews: 10_000 });
    const h = [...histories(tenK).values()];
    const runsMs: number[] = [];
    for (let i = 0; i < 3; i++) runsMs.push(round((await fitFsrs(h)).durationMs));
    const medianMs = quantile(runsMs, 0.5);
    log(`fit 10,000 reviews: ${runsMs.join(", ")} ms`);

    // The whole job for a learner with those 10,000 reviews: load, held-out fit, compare, refit, store.
    const { fitLearner } = await import("@/lib/srs/fit-learner");
    const fitter = await makeLearner(client, "fit", 833);
    await insertHistory(client, fitter.userId, fitter.qids, tenK);
    const t0 = performance.now();
    await fitLearner(fitter.userId);
    const fitLearnerMs = round(performance.now() - t0);
    log(`fitLearner (10,000 reviews, whole job): ${fitLearnerMs} ms`);

    // 2. The "Is it working?" page's service for a learner with 100,000 reviews.
    const { getCalibrationView } = await import("@/lib/srs/calibration-snapshot");
    const big = generateSyntheticReviews({ seed: 2, cards: 2_000, reviews: 100_000 });
    const heavy = await makeLearner(client, "cal", 2_000);
    const s0 = performance.now();
    await insertHistory(client, heavy.userId, heavy.qids, big);
    log(`seeded 100,000 review-log rows in one INSERT: ${Math.round(performance.now() - s0)} ms`);
    await client.query(`ANALYZE "ReviewLog"`);
    // The refresh the page runs after its response, awaited here so each run's work is measured.
    const deferred: { work: Promise<void> | null } = { work: null };
    const defer = (work: () => Promise<void>) => void (deferred.work = work());
    const view = () => getCalibrationView({ id: heavy.userId }, { defer });
    const t1 = performance.now();
    await view();
    const firstEverMs = round(performance.now() - t1);
    // The first view after a new review: the stored result, marked as refreshing; then the refresh.
    const afterReview: number[] = [];
    const refreshMs: number[] = [];
    for (let i = 0; i < 5; i++) {
      await client.query(
        `INSERT INTO "ReviewLog" ("userId", "questionId", "clientRequestId", grade, before, after, "predictedR", "reviewedAt")
         VALUES ($1, $2, $3, 4, '{}'::jsonb, '{}'::jsonb, 0.9, now())`,
        [heavy.userId, heavy.qids[i], crypto.randomUUID()],
      );
      const t = performance.now();
      const v = await view();
      afterReview.push(performance.now() - t);
      if (!v.refreshing || !deferred.work) throw new Error("a view after a new review must start a refresh");
      await deferred.work;
      refreshMs.push(performance.now() - t);
      deferred.work = null;
    }
    // Viewed again with the log unchanged.
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      await view();
      times.push(performance.now() - t);
    }
    const all = [...afterReview, ...times];
    const calibration = {
      reviews: 100_000,
      cards: histories(big).size,
      runs: times.length,
      p50: round(quantile(times, 0.5)),
      p95: round(quantile(times, 0.95)),
      max: round(Math.max(...times)),
      firstEverMs,
      afterReviewMs: afterReview.map(round),
      refreshMs: refreshMs.map(round),
      allViewsP95: round(quantile(all, 0.95)),
    };
    log(
      `calibration page service, 100,000 reviews: first ever ${firstEverMs} ms; after a new review ${calibration.afterReviewMs.join(", ")} ms (refresh behind it ${calibration.refreshMs.join(", ")} ms); unchanged p50 ${calibration.p50} ms, p95 ${calibration.p95} ms; all views p95 ${calibration.allViewsP95} ms`,
    );

    // 3. Review submit, SM-2 vs FSRS, interleaved so both see the same load.
    const { recordReview } = await import("@/lib/srs/reviews");
    const N = 200;
    const learners = {
      SM2: await makeLearner(client, "sm2", N),
      FSRS: await makeLearner(client, "fsrs", N),
    };
    await client.query(`UPDATE "User" SET scheduler = 'FSRS' WHERE id = $1`, [learners.FSRS.userId]);
    const lat = { SM2: [] as number[], FSRS: [] as number[] };
    const versions = { SM2: new Map<string, number>(), FSRS: new Map<string, number>() };
    const start = Date.now();
    // First pass: every card new; second pass three days later: every card due.
    for (const offsetDays of [0, 3]) {
      for (let i = 0; i < N; i++)
        for (const s of ["SM2", "FSRS"] as const) {
          const qid = learners[s].qids[i];
          const t = performance.now();
          const res = await recordReview(
            { id: learners[s].userId, timeZone: "UTC" },
            {
              clientRequestId: crypto.randomUUID(),
              questionId: qid,
              grade: 4,
              expectedVersion: versions[s].get(qid) ?? 0,
            },
            new Date(start + offsetDays * 86_400_000 + i * 1000),
          );
          lat[s].push(performance.now() - t);
          versions[s].set(qid, res.state.version);
        }
    }
    const stat = (xs: number[]) => ({
      reviews: xs.length,
      p50: round(quantile(xs, 0.5)),
      p95: round(quantile(xs, 0.95)),
      mean: round(xs.reduce((a, b) => a + b, 0) / xs.length),
    });
    const submit = { SM2: stat(lat.SM2), FSRS: stat(lat.FSRS) };
    log(
      `recordReview SM-2: p50 ${submit.SM2.p50} ms, p95 ${submit.SM2.p95}; FSRS: p50 ${submit.FSRS.p50}, p95 ${submit.FSRS.p95}`,
    );

    return {
      machine: {
        cpus: os.cpus().length,
        model: os.cpus()[0]?.model ?? "?",
        loadAverage: os.loadavg(),
        node: process.version,
      },
      fit: { reviews: 10_000, cards: 833, runsMs, medianMs, msPer10k: medianMs },
      fitLearnerMs,
      calibration,
      submit,
    };
  } finally {
    await client.end();
  }
}
