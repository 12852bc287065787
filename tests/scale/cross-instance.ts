import crypto from "node:crypto";
import type pg from "pg";
import { call, signInAttempt, studyableQuestions, waitFor, type Learner } from "./support";

interface Ctx {
  base: string;
  ports: [number, number];
  db: pg.Pool;
  makeLearners: (n: number, tag: string) => Promise<Learner[]>;
  check: (name: string, fn: () => Promise<void>) => Promise<void>;
  logOf: (name: string) => string;
}

/** The per-account budget (SIGNIN_MAX_FAILURES_PER_ACCOUNT_IP's default; run.ts leaves it unset). */
const ACCOUNT_IP_FAILURES = 5;

function expectEqual<T>(actual: T, expected: T, what: string) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

export async function crossInstanceChecks(c: Ctx): Promise<void> {
  const origin = new URL(c.base).origin;
  const direct = c.ports.map((p) => `http://127.0.0.1:${p}`);

  await c.check("sign-in limit holds when parallel failures are spread over both instances", async () => {
    const [victim] = await c.makeLearners(1, "limit");
    const tries = 16;
    const results = await Promise.all(
      // One client address throughout: HAProxy on 127.0.0.1 (a `localhost` URL may go over ::1, a
      // different address with its own budget), as the direct attempts below come from 127.0.0.1.
      Array.from({ length: tries }, () =>
        signInAttempt(c.base.replace("//localhost:", "//127.0.0.1:"), victim.email, "wrong-password-guess", origin),
      ),
    );
    const instances = new Set(results.map((r) => r.instance));
    if (!instances.has("app1") || !instances.has("app2"))
      throw new Error(`answered only by ${[...instances].join(", ")}`);
    const broken = results.filter((r) => r.status >= 500);
    if (broken.length) throw new Error(`${broken.length} answers of 5xx: ${broken.map((r) => r.status).join(", ")}`);
    const refused = results.filter((r) => r.status === 429).length;
    if (results.some((r) => r.cookie)) throw new Error("a wrong password signed in");
    // At most the budget reached the password check; every other attempt was refused, whichever instance took it.
    const checked = tries - refused;
    if (checked < 1 || checked > ACCOUNT_IP_FAILURES)
      throw new Error(`${checked} attempts reached the password check (budget ${ACCOUNT_IP_FAILURES})`);
    // Further failures straight to each instance: whatever the burst left of the budget may still
    // reach the check, then both refuse; all told no more than the budget ever reached it.
    let total = checked;
    for (const target of direct) {
      for (let k = 0; ; k++) {
        const next = await signInAttempt(target, victim.email, "wrong-password-guess", origin);
        if (next.status === 429) break;
        expectEqual(next.status, 401, `a further failure sent straight to ${target}`);
        total += 1;
        if (k > ACCOUNT_IP_FAILURES) throw new Error(`${target} never refused a further failure`);
      }
    }
    if (total > ACCOUNT_IP_FAILURES) {
      const tally = results.map((r) => `${r.status}@${r.instance}`).join(" ");
      throw new Error(
        `${total} attempts in all reached the password check (budget ${ACCOUNT_IP_FAILURES}); burst: ${tally}; then ${total - checked} direct`,
      );
    }
  });

  await c.check("one review log row per clientRequestId sent to both instances at once", async () => {
    const [learner] = await c.makeLearners(1, "idem");
    const questions = (await studyableQuestions(c.db, 12)).slice(0, 10);
    const requestIds: string[] = [];
    for (const questionId of questions) {
      const body = { clientRequestId: crypto.randomUUID(), questionId, grade: 5, expectedVersion: 0 };
      requestIds.push(body.clientRequestId);
      const both = await Promise.all(
        direct.map((d) => call(`${d}/api/v1/reviews`, { cookie: learner.cookie, origin, body })),
      );
      for (const r of both)
        if (r.status !== 200 && r.status !== 201) throw new Error(`${r.status}: ${JSON.stringify(r.body)}`);
      const reviewIds = both.map((r) => (r.body as { review: { id: string } }).review.id);
      expectEqual(reviewIds[0], reviewIds[1], "the review both instances answered with");
      const replayed = both.map((r) => (r.body as { replayed: boolean }).replayed).sort();
      expectEqual(replayed, [false, true], "replayed flags (one write, one replay)");
    }
    const { rows } = await c.db.query<{ n: number; ids: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT "clientRequestId")::int AS ids FROM "ReviewLog" WHERE "userId" = $1`,
      [learner.id],
    );
    expectEqual(rows[0], { n: requestIds.length, ids: requestIds.length }, "review log rows");
  });

  await c.check("the quiz sweep finalizes each expired attempt once with two instances sweeping", async () => {
    const learners = await c.makeLearners(6, "sweep");
    const { rows: quizzes } = await c.db.query<{ id: string }>(
      `SELECT qz.id FROM "Quiz" qz JOIN "Deck" d ON d.id = qz."deckId"
        WHERE qz."archivedAt" IS NULL AND qz."opensAt" IS NULL AND qz."closesAt" IS NULL AND d.status = 'PUBLISHED'
        ORDER BY qz.id LIMIT 1`,
    );
    if (!quizzes[0]) throw new Error("no open quiz in the seed");
    for (const l of learners) {
      const r = await call(`${c.base}/api/v1/quizzes/${quizzes[0].id}/attempts`, {
        cookie: l.cookie,
        origin,
        body: {},
      });
      if (r.status !== 200 && r.status !== 201) throw new Error(`start attempt: ${r.status} ${JSON.stringify(r.body)}`);
    }
    const userIds = learners.map((l) => l.id);
    // Counts every write that leaves an attempt finished: a second finalize would be a second row.
    await c.db.query(`
      CREATE TABLE IF NOT EXISTS scale_finalized ("attemptId" text NOT NULL, status text NOT NULL);
      CREATE OR REPLACE FUNCTION scale_count_finalize() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN INSERT INTO scale_finalized VALUES (NEW.id, NEW.status::text); RETURN NEW; END $$;
      DROP TRIGGER IF EXISTS scale_count_finalize ON "QuizAttempt";
      CREATE TRIGGER scale_count_finalize AFTER UPDATE ON "QuizAttempt" FOR EACH ROW
        WHEN (NEW.status <> 'IN_PROGRESS') EXECUTE FUNCTION scale_count_finalize();`);
    try {
      const { rows: attempts } = await c.db.query<{ id: string }>(
        `UPDATE "QuizAttempt" SET "deadlineAt" = now() - interval '1 minute' WHERE "userId" = ANY($1) AND status = 'IN_PROGRESS' RETURNING id`,
        [userIds],
      );
      expectEqual(attempts.length, learners.length, "open attempts");
      // The minute cron (pg-boss, docs/JOBS.md) queues each expiry job, which runs just after the deadline's grace.
      await waitFor("the sweep", 150_000, async () => {
        const { rows } = await c.db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "QuizAttempt" WHERE "userId" = ANY($1) AND status = 'EXPIRED' AND "submittedAt" = "deadlineAt"`,
          [userIds],
        );
        return rows[0].n === learners.length;
      });
      // Both instances run the job queue's workers: give them a few more polls over the finished attempts.
      await new Promise((r) => setTimeout(r, 4000));
      const { rows: writes } = await c.db.query<{ attemptId: string; n: number }>(
        `SELECT "attemptId", count(*)::int AS n FROM scale_finalized WHERE "attemptId" = ANY($1) GROUP BY "attemptId"`,
        [attempts.map((a) => a.id)],
      );
      expectEqual(
        writes.map((w) => w.n),
        attempts.map(() => 1),
        "finalizing writes per attempt",
      );
      const failures =
        (c.logOf("app1") + c.logOf("app2")).match(/quiz sweep failed|quiz-(?:sweep|expiry) job \S+.* failed on try/g)
          ?.length ?? 0;
      expectEqual(failures, 0, "'quiz sweep failed' lines in the instances' logs");
    } finally {
      await c.db.query(`DROP TRIGGER IF EXISTS scale_count_finalize ON "QuizAttempt"`);
    }
  });
}
