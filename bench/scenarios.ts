import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import autocannon from "autocannon";
import pg from "pg";
import { BENCH_PASSWORD } from "./seed";

export interface Scenario {
  name: string;
  connections: number;
  rate: number | null;
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  errors: number;
  non2xx: number;
  /** Responses by status code, and the first error body seen (for diagnosis). */
  statuses: Record<string, number>;
  firstError?: string;
  /** The server's CPU (user + system, its process tree) over the run, per request served. */
  serverCpuMsPerRequest?: number;
  /** When the load ran, in µs of the monotonic clock (what a V8 .cpuprofile's timestamps use). */
  window?: { from: number; to: number };
}

type Log = (m: string) => void;

/** CPU ms used so far by a process and its descendants (Linux /proc, utime + stime), or null. */
export function processTreeCpuMs(pid: number): number | null {
  const hz = 100; // USER_HZ: 100 on every Linux this runs on
  const stat = (p: string) => {
    try {
      const text = fs.readFileSync(`/proc/${p}/stat`, "utf8");
      const f = text.slice(text.lastIndexOf(")") + 2).split(" ");
      return { ppid: f[1], ticks: Number(f[11]) + Number(f[12]) };
    } catch {
      return null;
    }
  };
  const all = new Map<string, { ppid: string; ticks: number }>();
  for (const p of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    const s = stat(p);
    if (s) all.set(p, s);
  }
  if (!all.has(String(pid))) return null;
  let ticks = 0;
  const todo = [String(pid)];
  while (todo.length) {
    const p = todo.pop()!;
    ticks += all.get(p)?.ticks ?? 0;
    for (const [c, s] of all) if (s.ppid === p) todo.push(c);
  }
  return (ticks * 1000) / hz;
}

/** Runs `fn` and adds the server's CPU ms per request served to its scenario. */
export async function withServerCpu(pid: number | undefined, fn: () => Promise<Scenario>): Promise<Scenario> {
  const before = pid ? processTreeCpuMs(pid) : null;
  const from = Number(process.hrtime.bigint() / 1000n);
  const s = await fn();
  const window = { from, to: Number(process.hrtime.bigint() / 1000n) };
  const after = pid ? processTreeCpuMs(pid) : null;
  if (before === null || after === null || !s.requests) return { ...s, window };
  return { ...s, window, serverCpuMsPerRequest: Math.round(((after - before) / s.requests) * 100) / 100 };
}

/**
 * Signs learners in over HTTP (csrf + credentials callback) and returns their session cookies.
 * Every write below says Origin like a browser: a cookie-bearing write without it is refused.
 */
export async function signInLearners(base: string, ids: number[]): Promise<string[]> {
  const out: string[] = [];
  const one = (i: number) => signIn(base, `bench-${i}@bench.local`);
  for (let k = 0; k < ids.length; k += 8) out.push(...(await Promise.all(ids.slice(k, k + 8).map(one))));
  return out;
}

/** One account's session cookie, through the real next-auth credentials flow. */
export async function signIn(base: string, email: string, password: string = BENCH_PASSWORD): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const csrfCookie = csrfRes.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = await csrfRes.json();
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: csrfCookie,
      origin: new URL(base).origin,
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed for ${email} (${res.status})`);
  return session.split(";")[0];
}

const statuses: Record<string, number> = {};
let firstError: string | undefined;
/** autocannon onResponse hook: tallies statuses and keeps the first error body. */
function tally(status: number, body: string) {
  statuses[status] = (statuses[status] ?? 0) + 1;
  if (status >= 400 && !firstError) firstError = `${status} ${body.slice(0, 300)}`;
}

function summarize(
  name: string,
  r: autocannon.Result & { times: number[] },
  connections: number,
  rate: number | null,
): Scenario {
  const { p50, p95, p99, max } = stats(r.times, 0);
  const seen = { ...statuses };
  const err = firstError;
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- empties the shared tally in place (other modules hold the object).
  for (const k of Object.keys(statuses)) delete statuses[k];
  firstError = undefined;
  return {
    name,
    connections,
    rate,
    durationSeconds: r.duration,
    requests: r.requests.total,
    requestsPerSecond: Math.round(r.requests.average),
    latencyMs: { p50, p95, p99, max },
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    statuses: seen,
    ...(err ? { firstError: err } : {}),
  };
}

/** Runs autocannon and records every response time (autocannon reports no p95 of its own). */
async function cannon(opts: autocannon.Options): Promise<autocannon.Result & { times: number[] }> {
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- autocannon's callback error is passed on as it came.
    const instance = autocannon(opts, (err, res) => (err ? reject(err) : resolve({ ...res, times })));
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) =>
      times.push(responseTime),
    );
  });
}

/**
 * Open-loop load: requests arrive as a Poisson process at `rate` per second in all (as
 * independent learners would), whatever the server's latency; each is timed. autocannon's
 * own rate option fires every connection at the top of each second, a synchronized burst
 * no group of real learners produces, so paced runs use this instead.
 */
export async function paced(
  name: string,
  o: { rate: number; duration: number; learners: number },
  make: (seq: number) => { path: string; init: RequestInit },
  base: string,
): Promise<Scenario> {
  const times: number[] = [];
  const seen: Record<string, number> = {};
  let errors = 0;
  let first: string | undefined;
  const inflight: Promise<void>[] = [];
  const end = performance.now() + o.duration * 1000;
  for (let seq = 0, at = performance.now(); at < end; seq++) {
    at += -Math.log(1 - Math.random()) * (1000 / o.rate);
    const wait = at - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const { path, init } = make(seq);
    const t0 = performance.now();
    inflight.push(
      fetch(base + path, init)
        .then(async (res) => {
          const body = await res.text();
          times.push(performance.now() - t0);
          seen[res.status] = (seen[res.status] ?? 0) + 1;
          if (res.status >= 400 && !first) first = `${res.status} ${body.slice(0, 300)}`;
        })
        .catch(() => {
          errors++;
        }),
    );
  }
  await Promise.all(inflight);
  const { p50, p95, p99, max } = stats(times, errors);
  const non2xx = Object.entries(seen)
    .filter(([k]) => !k.startsWith("2"))
    .reduce((n, [, v]) => n + v, 0);
  return {
    name,
    connections: o.learners,
    rate: o.rate,
    durationSeconds: o.duration,
    requests: times.length + errors,
    requestsPerSecond: Math.round((times.length + errors) / o.duration),
    latencyMs: { p50, p95, p99, max },
    errors,
    non2xx,
    statuses: seen,
    ...(first ? { firstError: first } : {}),
  };
}

export async function runQueueBench(
  base: string,
  _url: string,
  o: { connections: number; duration: number; rate?: number; serverPid?: number; log: Log },
): Promise<Scenario> {
  const cookies = await signInLearners(
    base,
    Array.from({ length: o.connections }, (_, i) => i + 1),
  );
  const rate = o.rate;
  if (rate) {
    o.log(
      `queue fetch: ${o.connections} learners, ${rate * o.connections} req/s in all (Poisson arrivals), ${o.duration}s`,
    );
    return withServerCpu(o.serverPid, () =>
      paced(
        `queue fetch, paced (${o.connections} learners × ${rate} req/s, Poisson)`,
        { rate: rate * o.connections, duration: o.duration, learners: o.connections },
        (seq) => ({
          path: "/api/v1/study/queue?limit=50",
          init: { headers: { cookie: cookies[seq % cookies.length] } },
        }),
        base,
      ),
    );
  }
  let next = 0;
  o.log(`queue fetch: ${o.connections} connections, as fast as they can, ${o.duration}s`);
  return withServerCpu(o.serverPid, async () => {
    const r = await cannon({
      url: base,
      connections: o.connections,
      duration: o.duration,
      requests: [
        {
          method: "GET",
          path: "/api/v1/study/queue?limit=50",
          onResponse: tally,
          setupRequest: (req: autocannon.Request) => ({
            ...req,
            headers: { ...req.headers, cookie: cookies[next++ % cookies.length] },
          }),
        },
      ],
    });
    return summarize("queue fetch, saturated", r, o.connections, null);
  });
}

export async function runReviewBench(
  base: string,
  url: string,
  o: { connections: number; duration: number; rate?: number; serverPid?: number; log: Log },
): Promise<Scenario> {
  const offset = o.rate ? 100 : 50; // separate learners per run: every card graded here once
  const ids = Array.from({ length: o.connections }, (_, i) => offset + i + 1);
  const cookies = await signInLearners(base, ids);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const cards: { questionId: string; version: number }[][] = [];
  for (const i of ids) {
    const { rows } = await client.query(
      `SELECT "questionId", version FROM "ReviewState" WHERE "userId" = $1 ORDER BY "dueAt"`,
      [`bl-${i}`],
    );
    cards.push(rows);
  }
  await client.end();
  let next = 0;
  const cursor = ids.map(() => 0);
  const nextReview = () => {
    const learner = next++ % o.connections;
    const mine = cards[learner];
    const card = mine[cursor[learner]++ % mine.length];
    const body = JSON.stringify({
      clientRequestId: crypto.randomUUID(),
      questionId: card.questionId,
      grade: 4,
      expectedVersion: card.version,
      durationMs: 3000,
    });
    card.version += 1;
    return { cookie: cookies[learner], body };
  };
  const rate = o.rate;
  if (rate) {
    o.log(
      `review submit: ${o.connections} learners, ${rate * o.connections} req/s in all (Poisson arrivals), ${o.duration}s`,
    );
    return withServerCpu(o.serverPid, () =>
      paced(
        `review submit, paced (${o.connections} learners × ${rate} req/s, Poisson)`,
        { rate: rate * o.connections, duration: o.duration, learners: o.connections },
        () => {
          const { cookie, body } = nextReview();
          return {
            path: "/api/v1/reviews",
            init: {
              method: "POST",
              headers: { cookie, origin: new URL(base).origin, "content-type": "application/json" },
              body,
            },
          };
        },
        base,
      ),
    );
  }
  o.log(`review submit: ${o.connections} connections, as fast as they can, ${o.duration}s`);
  return withServerCpu(o.serverPid, async () => {
    const r = await cannon({
      url: base,
      connections: o.connections,
      duration: o.duration,
      requests: [
        {
          method: "POST",
          path: "/api/v1/reviews",
          onResponse: tally,
          // autocannon resets the per-request context on every cycle, so learners are taken in
          // turn and each learner's cursor moves through its own cards (never the same card twice).
          setupRequest: (req: autocannon.Request) => {
            const { cookie, body } = nextReview();
            return {
              ...req,
              headers: { ...req.headers, cookie, origin: new URL(base).origin, "content-type": "application/json" },
              body,
            };
          },
        },
      ],
    });
    return summarize("review submit, saturated", r, o.connections, null);
  });
}

export interface QuizBench {
  name: string;
  learners: number;
  autosavesEach: number;
  wallSeconds: number;
  /** CPU the server process (and its children) used during the run, per call and per start. */
  serverCpu: { ms: number; msPerCall: number; loadAverage: number[] } | null;
  calls: Record<
    "start" | "autosave" | "submit",
    { count: number; p50: number; p95: number; p99: number; max: number; errors: number }
  >;
}

function stats(xs: number[], errors: number) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) =>
    s.length ? Math.round(s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] * 10) / 10 : 0;
  return { count: s.length, p50: at(50), p95: at(95), p99: at(99), max: at(100), errors };
}

/** N learners take one quiz at once: start, ten autosaves each, submit — every call timed. */
/** A fresh 10-question quiz on the bench deck (1,000 questions), so every learner starts at attempt 1. */
async function createBenchQuiz(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const quizId = `bench-quiz-${Date.now()}`;
  await client.query(
    `INSERT INTO "Quiz" (id, "deckId", title, "questionCount", "timeLimitSeconds", "attemptsAllowed", "passMarkPercent", "updatedAt")
     VALUES ($1, 'bench-deck', 'Bench quiz', 10, 600, 1000, 70, now())`,
    [quizId],
  );
  await client.end();
  return quizId;
}

/**
 * Server CPU per quiz start, measured alone: `learners` starts one after another (no other
 * load from this bench), the server's utime + stime over them divided by their count.
 */
export async function measureStartCpu(
  base: string,
  url: string,
  o: { learners: number; firstLearner: number; server: number; log: Log },
): Promise<{ starts: number; cpuMsPerStart: number | null; loadAverage: number[]; errors: number }> {
  const quizId = await createBenchQuiz(url);
  const cookies = await signInLearners(
    base,
    Array.from({ length: o.learners }, (_, i) => o.firstLearner + i),
  );
  o.log(`quiz: ${o.learners} starts one at a time, server CPU per start`);
  let errors = 0;
  const cpu0 = processCpuMs(o.server);
  for (const cookie of cookies) {
    const res = await fetch(`${base}/api/v1/quizzes/${quizId}/attempts`, {
      method: "POST",
      headers: { cookie, origin: new URL(base).origin },
    }).catch(() => null);
    if (!res?.ok) errors++;
    await res?.arrayBuffer();
  }
  const cpu1 = processCpuMs(o.server);
  return {
    starts: cookies.length,
    cpuMsPerStart: cpu0 !== null && cpu1 !== null ? Math.round(((cpu1 - cpu0) / cookies.length) * 10) / 10 : null,
    loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
    errors,
  };
}

/** utime + stime (ms) of a process and its descendants, from /proc (Linux); null elsewhere. */
export function processCpuMs(pid: number): number | null {
  try {
    const ticks = (p: number): number => {
      const stat = fs.readFileSync(`/proc/${p}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // fields from 3 (state) on
      const own = Number(f[11]) + Number(f[12]); // utime, stime (fields 14, 15)
      const kids = fs
        .readdirSync(`/proc/${p}/task`)
        .flatMap((t) => fs.readFileSync(`/proc/${p}/task/${t}/children`, "utf8").trim().split(/\s+/))
        .filter(Boolean)
        .map(Number);
      return own + kids.reduce((sum, k) => sum + ticks(k), 0);
    };
    return (ticks(pid) * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

export async function runQuizBench(
  base: string,
  url: string,
  o: {
    learners: number;
    autosaves: number;
    firstLearner: number;
    thinkMs?: [number, number];
    /** Each learner starts at a uniformly random moment in [0, arrivalMs): a room told "begin" (absent: all at once). */
    arrivalMs?: number;
    /** The server's pid, to report its CPU time per call. */
    server?: number;
    log: Log;
  },
): Promise<QuizBench> {
  const quizId = await createBenchQuiz(url);
  const ids = Array.from({ length: o.learners }, (_, i) => o.firstLearner + i);
  o.log(`quiz: signing in ${o.learners} learners…`);
  const cookies = await signInLearners(base, ids);
  const times = { start: [] as number[], autosave: [] as number[], submit: [] as number[] };
  const errors = { start: 0, autosave: 0, submit: 0 };
  const timed = async (kind: keyof typeof times, fn: () => Promise<Response>) => {
    const t = performance.now();
    const res = await fn().catch(() => null);
    times[kind].push(performance.now() - t);
    if (!res || !res.ok) errors[kind]++;
    return res;
  };
  const when = o.arrivalMs ? `starting within ${o.arrivalMs / 1000} s` : "at once";
  const name = o.thinkMs
    ? `${o.learners} learners ${when}, ${o.thinkMs[0] / 1000}–${o.thinkMs[1] / 1000} s between answers`
    : `${o.learners} learners ${when}, answers back to back (no think time)`;
  o.log(`quiz: ${name}`);
  const cpu0 = o.server ? processCpuMs(o.server) : null;
  const t0 = performance.now();
  await Promise.all(
    cookies.map(async (cookie) => {
      const headers = { cookie, origin: new URL(base).origin, "content-type": "application/json" };
      if (o.arrivalMs) await new Promise((r) => setTimeout(r, Math.random() * o.arrivalMs!));
      const started = await timed("start", () =>
        fetch(`${base}/api/v1/quizzes/${quizId}/attempts`, { method: "POST", headers }),
      );
      if (!started?.ok) return;
      const view = await started.json();
      for (let k = 0; k < o.autosaves; k++) {
        if (o.thinkMs)
          await new Promise((r) => setTimeout(r, o.thinkMs![0] + Math.random() * (o.thinkMs![1] - o.thinkMs![0])));
        const q = view.questions[k % view.questions.length];
        const choice = q.view.options[k % q.view.options.length].id;
        await timed("autosave", () =>
          fetch(`${base}/api/v1/attempts/${view.id}/answers`, {
            method: "PUT",
            headers,
            body: JSON.stringify({ questionId: q.id, answer: { choice } }),
          }),
        );
      }
      await timed("submit", () => fetch(`${base}/api/v1/attempts/${view.id}/submit`, { method: "POST", headers }));
    }),
  );
  const cpu1 = o.server ? processCpuMs(o.server) : null;
  const calls = times.start.length + times.autosave.length + times.submit.length;
  return {
    name,
    learners: o.learners,
    autosavesEach: o.autosaves,
    wallSeconds: Math.round((performance.now() - t0) / 100) / 10,
    serverCpu:
      cpu0 !== null && cpu1 !== null
        ? {
            ms: Math.round(cpu1 - cpu0),
            msPerCall: Math.round(((cpu1 - cpu0) / calls) * 10) / 10,
            loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
          }
        : null,
    calls: {
      start: stats(times.start, errors.start),
      autosave: stats(times.autosave, errors.autosave),
      submit: stats(times.submit, errors.submit),
    },
  };
}
