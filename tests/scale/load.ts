import crypto from "node:crypto";
import type pg from "pg";
import { call, studyableQuestions, type Learner } from "./support";

interface Sent {
  learner: Learner;
  body: { clientRequestId: string; questionId: string; grade: number; expectedVersion: number };
}

export interface LoadResult {
  sent: number;
  ok: number;
  errors: { at: number; what: string }[];
  retried: number;
  stored: number;
}

/**
 * Each learner grades new cards one after another (a fresh clientRequestId each, grade 4: no
 * same-day drill) through the balancer for `seconds`; at `killAtMs` one instance is killed.
 * Then every request that failed is sent again with the same clientRequestId, as the study
 * page's retry does, and the database must hold exactly one log row per acknowledged id and
 * nothing else. Throws on any breach; the counts are returned for the report.
 */
export async function runLoadAndKill(o: {
  base: string;
  db: pg.Pool;
  learners: Learner[];
  seconds: number;
  killAtMs: number;
  kill: () => void;
  log: (m: string) => void;
}): Promise<LoadResult> {
  const questions = await studyableQuestions(o.db, 400);
  if (questions.length < 50) throw new Error(`only ${questions.length} studyable questions`);
  const origin = new URL(o.base).origin;
  const started = Date.now();
  const stopAt = started + o.seconds * 1000;
  let killedAt = 0;
  const killTimer = setTimeout(() => {
    killedAt = Date.now();
    o.kill();
    o.log(`SIGKILL sent to one instance at ${((killedAt - started) / 1000).toFixed(1)} s`);
  }, o.killAtMs);

  const acknowledged = new Map<string, Sent>();
  const failed: Sent[] = [];
  const errors: LoadResult["errors"] = [];
  let sent = 0;
  const send = async (s: Sent): Promise<boolean> => {
    try {
      const r = await call(`${o.base}/api/v1/reviews`, {
        cookie: s.learner.cookie,
        origin,
        body: s.body,
        signal: AbortSignal.timeout(20_000),
      });
      if (r.status >= 200 && r.status < 300) return true;
      errors.push({ at: Date.now(), what: `${r.status}` });
    } catch (err) {
      errors.push({ at: Date.now(), what: (err as Error).name });
    }
    return false;
  };

  await Promise.all(
    o.learners.map(async (learner, li) => {
      // Each learner starts at its own offset, so the learners' cards differ (not that it matters: states are per learner).
      for (let k = 0; Date.now() < stopAt && k < questions.length; k++) {
        const s: Sent = {
          learner,
          body: {
            clientRequestId: crypto.randomUUID(),
            questionId: questions[(k + li * 7) % questions.length],
            grade: 4,
            expectedVersion: 0,
          },
        };
        sent++;
        if (await send(s)) acknowledged.set(s.body.clientRequestId, s);
        else failed.push(s);
      }
    }),
  );
  clearTimeout(killTimer);
  if (!killedAt) throw new Error("the load ended before the kill");

  // Errors: at most one per learner (each has one request in flight), and only around the kill.
  if (errors.length > o.learners.length) {
    throw new Error(`${errors.length} errors for ${o.learners.length} concurrent learners: more than were in flight`);
  }
  const late = errors.filter((e) => e.at < killedAt || e.at > killedAt + 5000);
  if (late.length)
    throw new Error(`errors outside the kill: ${late.map((e) => `${e.what} at +${e.at - killedAt} ms`).join(", ")}`);

  // The client's retry: same clientRequestId, must now succeed (replayed if it had been stored).
  for (const s of failed) {
    if (!(await send(s))) throw new Error(`retry of ${s.body.clientRequestId} failed after the kill`);
    acknowledged.set(s.body.clientRequestId, s);
  }

  const ids = o.learners.map((l) => l.id);
  const { rows } = await o.db.query<{ clientRequestId: string; n: number }>(
    `SELECT "clientRequestId", count(*)::int AS n FROM "ReviewLog" WHERE "userId" = ANY($1) GROUP BY "clientRequestId"`,
    [ids],
  );
  const stored = new Map(rows.map((r) => [r.clientRequestId, r.n]));
  const lost = [...acknowledged.keys()].filter((id) => !stored.has(id));
  const doubled = rows.filter((r) => r.n !== 1);
  const extra = rows.filter((r) => !acknowledged.has(r.clientRequestId));
  if (lost.length || doubled.length || extra.length) {
    throw new Error(`lost ${lost.length}, doubled ${doubled.length}, unacknowledged rows ${extra.length}`);
  }
  // One state per reviewed card, at version 1: no review was applied twice.
  const { rows: states } = await o.db.query<{ n: number; maxv: number }>(
    `SELECT count(*)::int AS n, coalesce(max(version), 0)::int AS maxv FROM "ReviewState" WHERE "userId" = ANY($1)`,
    [ids],
  );
  if (states[0].n !== acknowledged.size || states[0].maxv !== 1) {
    throw new Error(`${states[0].n} card states (max version ${states[0].maxv}) for ${acknowledged.size} reviews`);
  }
  return { sent, ok: acknowledged.size - failed.length, errors, retried: failed.length, stored: rows.length };
}
