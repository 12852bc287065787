import pg from "pg";
import { urlFor } from "@/lib/db/embedded";

export interface Learner {
  id: string;
  email: string;
  password: string;
  /** The session cookie ("next-auth.session-token=…"). */
  cookie: string;
}

/** Polls `ready` (errors count as "not yet") until it is true or the time is up. */
export async function waitFor(what: string, timeoutMs: number, ready: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      if (await ready()) return;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}${last ? ` (${(last as Error).message})` : ""}`);
}

/** Drops and recreates `name` on the server, so every run starts from an empty database. */
export async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return urlFor(serverUrl, name);
}

/**
 * One credentials sign-in through the real next-auth flow (csrf, then the callback), as a
 * browser on `origin` would send it to `target`. Returns the answer's status, the instance
 * that answered (HAProxy's X-Layerwise-Instance) and the session cookie when it succeeded.
 */
export async function signInAttempt(
  target: string,
  email: string,
  password: string,
  origin = target,
): Promise<{ status: number; instance: string | null; cookie: string | null }> {
  const csrfRes = await fetch(`${target}/api/auth/csrf`);
  const csrfCookie = csrfRes.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${target}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: csrfCookie,
      origin: new URL(origin).origin,
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  await res.arrayBuffer();
  const session = res.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  return {
    status: res.status,
    instance: res.headers.get("x-layerwise-instance"),
    cookie: session?.split(";")[0] ?? null,
  };
}

export async function signIn(base: string, email: string, password: string): Promise<string> {
  const r = await signInAttempt(base, email, password);
  if (!r.cookie) throw new Error(`sign-in failed for ${email} (${r.status})`);
  return r.cookie;
}

/** A JSON request as the app's own page would send it (cookie + Origin). */
export async function call(
  url: string,
  opts: { cookie: string; origin: string; method?: string; body?: unknown; signal?: AbortSignal },
): Promise<{ status: number; body: unknown; instance: string | null }> {
  const res = await fetch(url, {
    method: opts.method ?? (opts.body === undefined ? "GET" : "POST"),
    headers: { cookie: opts.cookie, origin: opts.origin, "content-type": "application/json" },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    signal: opts.signal,
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body, instance: res.headers.get("x-layerwise-instance") };
}

/** Studyable questions of the published decks (the learners are enrolled in all of them). */
export async function studyableQuestions(db: pg.Pool, limit: number): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT q.id FROM "Question" q JOIN "Deck" d ON d.id = q."deckId"
      WHERE d.status = 'PUBLISHED' AND d."archivedAt" IS NULL AND q."archivedAt" IS NULL
        AND q."publishedAt" IS NOT NULL AND NOT q."quizOnly"
      ORDER BY q.id LIMIT $1`,
    [limit],
  );
  return rows.map((r) => r.id);
}
