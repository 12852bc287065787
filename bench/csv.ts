import os from "node:os";
import pg from "pg";
import { textId } from "@/lib/questions/ids";
import { writeBlock } from "./report";

/**
 * `npm run bench -- --only=csv`: 100,000 quiz responses (1,000 learners × 10 finished attempts
 * × 10 questions) on one quiz, then the owner downloads the responses CSV over HTTP from
 * the production server — sign-in, the route, the keyset-paged stream, the bytes read to the end.
 */
export const CSV_BENCH = { learners: 1000, attemptsEach: 10, questions: 10 } as const;
export const CSV_OWNER_EMAIL = "csv-owner@bench.local";

export async function seedCsvBench(url: string, passwordHash: string, log: (m: string) => void): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if ((await client.query(`SELECT 1 FROM "Quiz" WHERE id = 'csv-quiz'`)).rowCount) {
      log("CSV bench data already seeded");
      return;
    }
    const t0 = Date.now();
    const q = CSV_BENCH.questions;
    const ids = (label: string) => Array.from({ length: q }, (_, i) => textId("o", `${label} ${i + 1}`));
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt")
       VALUES ('csv-owner', $1, 'CSV bench owner', 'INSTRUCTOR', $2, now())`,
      [CSV_OWNER_EMAIL, passwordHash],
    );
    await client.query(`INSERT INTO "Deck" (id, slug, title, description, chapter, "ownerId", status, "updatedAt")
      VALUES ('csv-deck', 'csv-deck', 'CSV bench deck', 'Generated for npm run bench -- --only=csv', '9.8', 'csv-owner', 'PUBLISHED', now())`);
    // Prompts with a comma and quotes, so every row takes the quoting path.
    await client.query(
      `INSERT INTO "Question" (id, "deckId", type, prompt, explanation, payload, section, position, "updatedAt")
       SELECT 'cq-' || i, 'csv-deck', 'single', 'CSV question ' || i || ': which one, "really"?', 'Because.',
              jsonb_build_object('options', jsonb_build_array(
                jsonb_build_object('text', 'right ' || i, 'correct', true),
                jsonb_build_object('text', 'wrong ' || i, 'correct', false))),
              '9.8', i, now()
       FROM generate_series(1, $1::int) i`,
      [q],
    );
    await client.query(`INSERT INTO "Quiz" (id, "deckId", title, "questionCount", "attemptsAllowed", "updatedAt")
      VALUES ('csv-quiz', 'csv-deck', 'CSV bench quiz', ${q}, ${CSV_BENCH.attemptsEach}, now())`);
    await client.query(
      `INSERT INTO "User" (id, email, name, role, "updatedAt")
       SELECT 'csv-l-' || u, 'csv-' || u || '@bench.local', 'CSV learner ' || u, 'LEARNER', now()
       FROM generate_series(1, $1::int) u`,
      [CSV_BENCH.learners],
    );
    await client.query(
      `INSERT INTO "QuizAttempt" (id, "quizId", "userId", "attemptNumber", items, status, "startedAt", "deadlineAt", "submittedAt", "scorePercent", passed)
       SELECT 'ca-' || u || '-' || n, 'csv-quiz', 'csv-l-' || u, n,
              (SELECT jsonb_agg(jsonb_build_object('questionId', 'cq-' || i) ORDER BY i) FROM generate_series(1, $3::int) i),
              'SUBMITTED', now() - interval '1 day', now() - interval '1 day' + interval '10 minutes',
              now() - interval '1 day' + interval '8 minutes', 50, false
       FROM generate_series(1, $1::int) u, generate_series(1, $2::int) n`,
      [CSV_BENCH.learners, CSV_BENCH.attemptsEach, q],
    );
    await client.query(
      `INSERT INTO "QuizResponse" (id, "attemptId", "questionId", answer, correct, score, "savedAt")
       SELECT 'cr-' || u || '-' || n || '-' || i, 'ca-' || u || '-' || n, 'cq-' || i,
              jsonb_build_object('choice', CASE WHEN (u + n + i) % 3 = 0 THEN ($5::text[])[i] ELSE ($4::text[])[i] END),
              (u + n + i) % 3 <> 0, CASE WHEN (u + n + i) % 3 = 0 THEN 0 ELSE 1 END,
              now() - interval '1 day' + i * interval '30 seconds'
       FROM generate_series(1, $1::int) u, generate_series(1, $2::int) n, generate_series(1, $3::int) i`,
      [CSV_BENCH.learners, CSV_BENCH.attemptsEach, q, ids("right"), ids("wrong")],
    );
    await client.query("COMMIT");
    await client.query(`ANALYZE "QuizAttempt"; ANALYZE "QuizResponse"`);
    const n = CSV_BENCH.learners * CSV_BENCH.attemptsEach * q;
    log(`CSV bench: ${n} responses in ${Date.now() - t0} ms`);
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    await client.end();
  }
}

export interface CsvBench {
  responses: number;
  runs: { ms: number; firstByteMs: number; bytes: number; rows: number; status: number }[];
  machine: { cpus: number; model: string; node: string; loadAverage: number[] };
}

/** Downloads the CSV `times` times with the owner's session cookie, reading every byte. */
export async function runCsvBench(
  base: string,
  cookie: string,
  log: (m: string) => void,
  times = 3,
): Promise<CsvBench> {
  const runs: CsvBench["runs"] = [];
  for (let k = 0; k < times; k++) {
    const t0 = performance.now();
    const res = await fetch(`${base}/api/v1/author/quizzes/csv-quiz/responses`, { headers: { cookie } });
    const firstByteMs = performance.now() - t0;
    let bytes = 0;
    let rows = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (const b of chunk) if (b === 10) rows++;
    }
    const ms = performance.now() - t0;
    runs.push({ ms: Math.round(ms), firstByteMs: Math.round(firstByteMs), bytes, rows: rows - 1, status: res.status });
    log(`CSV download ${k + 1}: ${res.status}, ${rows - 1} data lines, ${bytes} bytes in ${Math.round(ms)} ms`);
  }
  const responses = CSV_BENCH.learners * CSV_BENCH.attemptsEach * CSV_BENCH.questions;
  const cpu = os.cpus();
  return {
    responses,
    runs,
    machine: { cpus: cpu.length, model: cpu[0]?.model ?? "unknown", node: process.version, loadAverage: os.loadavg() },
  };
}

/** Replaces the CSV section of docs/BENCHMARKS.md (appended the first time). */
export function writeCsvReport(r: CsvBench): void {
  const m = r.machine;
  const body = [
    "",
    `Run on ${new Date().toISOString().slice(0, 10)}, ${m.cpus} cores (${m.model}), Node ${m.node}, load average ${m.loadAverage.map((x) => x.toFixed(1)).join(" / ")} (1 / 5 / 15 min) from other jobs on the same cores.`,
    "",
    "| download | status | data lines | bytes | first byte ms | total ms | aim |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...r.runs.map(
      (x, i) =>
        `| ${i + 1} | ${x.status} | ${x.rows.toLocaleString("en")} | ${x.bytes.toLocaleString("en")} | ${x.firstByteMs} | ${x.ms} | < 10,000 ms for ${r.responses.toLocaleString("en")} responses |`,
    ),
    "",
  ];
  writeBlock("npm run bench -- --only=csv", body, ["## Responses CSV (issue #13)"]);
}
