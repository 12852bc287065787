import "server-only";
import { lagDb } from "@/lib/db/client";
import { editableQuiz, type Actor } from "@/lib/authoring/access";
import { loadPinnedQuestions } from "@/lib/questions/versions";
import { pinnedVersion } from "@/lib/questions/version-rules";
import { answerTexts, summarizeAnswer } from "./answer-summary";
import { csvField, csvRow } from "./csv";

/**
 * Attempts per query; with ~10 responses each, one query reads ~20,000 responses. Fewer, larger
 * round trips are what made 100,000 responses fit the bench's 10 s (docs/BENCHMARKS.md).
 */
export const CSV_ATTEMPT_BATCH = 2000;

export const RESPONSES_CSV_HEADER = [
  "attempt_id",
  "attempt_number",
  "learner_id",
  "attempt_status",
  "attempt_started_at",
  "attempt_submitted_at",
  "position",
  "question_id",
  "question_type",
  "question",
  "answer",
  "correct",
  "score",
  "saved_at",
] as const;

/** One attempt of a batch, its responses as the JSON text of ResponseCells in display order. */
interface BatchRow {
  id: string;
  attemptNumber: number;
  userId: string;
  status: string;
  startedAt: Date;
  submittedAt: Date | null;
  responses: string | null;
}

/** position, questionId, pinned version (raw), answer, correct, score (float8 text), savedAt (ISO). */
type ResponseCells = [number | null, string, unknown, unknown, boolean | null, string | null, string];

/** A question at one version: its three CSV fields, already joined, and its option texts. */
interface QuestionCells {
  cells: string;
  texts: ReadonlyMap<string, string>;
}

const NO_QUESTION: QuestionCells = { cells: "", texts: new Map() };

/**
 * One keyset page of attempts (id after `after`), each with its responses aggregated into one
 * JSON text (json, not jsonb: no conversion on the way): one row per attempt keeps the driver's
 * per-value work small, and JSON.parse is fast. Each response carries the position and version
 * its attempt's items snapshot gave its question (positions count only items naming a question,
 * as the attempt showed them; a response to a question not in the items has neither, so it sorts
 * last and reads version 1, as pinnedVersion has it). The
 * score goes as float8 text, which Postgres writes shortest-exact, as JS String() does; savedAt
 * as the same ISO text Date.toISOString() gives (timestamp(3) columns hold UTC).
 */
function readBatch(quizId: string, after: string, take: number): Promise<BatchRow[]> {
  return lagDb.$queryRaw<BatchRow[]>`
    SELECT a.id, a."attemptNumber", a."userId", a.status::text AS status, a."startedAt", a."submittedAt",
      (SELECT json_agg(
                json_build_array(d.position, r."questionId", d.version, r.answer, r.correct, r.score::text,
                                  to_char(r."savedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                ORDER BY d.position NULLS LAST, r."questionId")::text
       FROM "QuizResponse" r
       LEFT JOIN (
         SELECT DISTINCT ON (p.qid) p.qid, p.version, p.position
         FROM (
           SELECT e.item->>'questionId' AS qid, e.item->'version' AS version,
                  (row_number() OVER (ORDER BY e.ord))::int AS position
           FROM jsonb_array_elements(CASE WHEN jsonb_typeof(a.items) = 'array' THEN a.items ELSE '[]'::jsonb END)
                WITH ORDINALITY AS e(item, ord)
           WHERE jsonb_typeof(e.item->'questionId') = 'string'
         ) p
         ORDER BY p.qid, p.position DESC
       ) d ON d.qid = r."questionId"
       WHERE r."attemptId" = a.id) AS responses
    FROM "QuizAttempt" a
    WHERE a."quizId" = ${quizId} AND a.id > ${after}
    ORDER BY a.id
    LIMIT ${take}`;
}

const pinKey = (questionId: string, version: number) => `${version}:${questionId}`;

/** Loads the questions at the versions these responses pinned that the cache lacks. */
async function loadMissingQuestions(batch: ResponseCells[][], questions: Map<string, QuestionCells>): Promise<void> {
  const byVersion = new Map<number, Set<string>>();
  for (const responses of batch)
    for (const [, questionId, raw] of responses) {
      const version = pinnedVersion({ version: raw });
      if (questions.has(pinKey(questionId, version))) continue;
      (byVersion.get(version) ?? byVersion.set(version, new Set()).get(version)!).add(questionId);
    }
  // loadPinnedQuestions answers one content per question id, so each version is its own call.
  for (const [version, ids] of byVersion) {
    const found = await loadPinnedQuestions([...ids].map((questionId) => ({ questionId, version })));
    for (const id of ids) {
      const q = found.get(id);
      questions.set(
        pinKey(id, version),
        q ? { cells: [id, q.type, q.prompt].map(csvField).join(","), texts: answerTexts(q.payload) } : NO_QUESTION,
      );
    }
  }
}

/** The batch as CSV text: an attempt's six cells are built once per attempt, not per row. */
function batchText(rows: BatchRow[], batch: ResponseCells[][], questions: Map<string, QuestionCells>): string {
  const lines: string[] = [];
  rows.forEach((a, k) => {
    const attemptCells = [
      a.id,
      a.attemptNumber,
      a.userId,
      a.status,
      a.startedAt.toISOString(),
      a.submittedAt?.toISOString() ?? null,
    ]
      .map(csvField)
      .join(",");
    for (const [position, questionId, version, answer, correct, score, savedAt] of batch[k]) {
      const q = questions.get(pinKey(questionId, pinnedVersion({ version }))) ?? NO_QUESTION;
      const cells = q === NO_QUESTION ? `${csvField(questionId)},,` : q.cells;
      lines.push(
        `${attemptCells},${csvField(position)},${cells},${csvField(summarizeAnswer(q.texts, answer))},${csvField(correct)},${csvField(score === null ? null : Number(score))},${csvField(savedAt)}\r\n`,
      );
    }
  });
  return lines.join("");
}

/**
 * Every saved response of a quiz as CSV, one row per response, streamed: each pull reads one
 * keyset page of attempts with their responses, so memory holds one batch, never the whole file.
 * Each response names its question as the attempt showed it (the pinned version), so an edit
 * after the attempt does not rewrite what the learner answered. The access check runs before
 * the first byte, so a refusal is an ordinary JSON error.
 */
export async function streamResponsesCsv(
  actor: Actor,
  quizId: string,
  batchSize = CSV_ATTEMPT_BATCH,
): Promise<{ filename: string; stream: ReadableStream<Uint8Array> }> {
  const quiz = await editableQuiz(actor, quizId);
  const encoder = new TextEncoder();
  const questions = new Map<string, QuestionCells>();
  let cursor = "";
  let started = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        // The BOM makes Excel read the file as UTF-8 (prompts hold → and other non-ASCII).
        controller.enqueue(encoder.encode(`\uFEFF${csvRow(RESPONSES_CSV_HEADER)}`));
        return;
      }
      // A pull that enqueues nothing is not called again (the reader then waits for good), so
      // pages whose attempts have no responses yet are read past here, not left to a next pull.
      for (;;) {
        const rows = await readBatch(quiz.id, cursor, batchSize);
        if (!rows.length) {
          controller.close();
          return;
        }
        cursor = rows[rows.length - 1].id;
        const batch = rows.map((a) => (a.responses === null ? [] : (JSON.parse(a.responses) as ResponseCells[])));
        await loadMissingQuestions(batch, questions);
        const text = batchText(rows, batch, questions);
        if (text) {
          controller.enqueue(encoder.encode(text));
          return;
        }
      }
    },
  });
  const slug =
    quiz.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "quiz";
  return { filename: `${slug}-responses.csv`, stream };
}
