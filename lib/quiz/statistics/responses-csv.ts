import "server-only";
import { db } from "@/lib/db/client";
import { editableQuiz, type Actor } from "@/lib/authoring/access";
import { answerTexts, summarizeAnswer } from "./answer-summary";
import { csvRow } from "./csv";
import { drawnQuestionIds } from "./load";

/** Attempts per query; with ~10 responses each, one query reads ~5,000 responses. */
export const CSV_ATTEMPT_BATCH = 500;

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

type QuestionInfo = { type: string; prompt: string; texts: ReadonlyMap<string, string> };

const NO_TEXTS: ReadonlyMap<string, string> = new Map();

/** One batch of attempts (keyset: id after `after`), as CSV text and the last id, or null when done. */
async function nextBatch(
  quizId: string,
  after: string | null,
  questions: Map<string, QuestionInfo>,
  take: number,
): Promise<{ text: string; last: string } | null> {
  const attempts = await db.quizAttempt.findMany({
    where: { quizId, ...(after ? { id: { gt: after } } : {}) },
    orderBy: { id: "asc" },
    take,
    select: {
      id: true,
      userId: true,
      attemptNumber: true,
      status: true,
      startedAt: true,
      submittedAt: true,
      items: true,
    },
  });
  if (!attempts.length) return null;
  const responses = await db.quizResponse.findMany({
    where: { attemptId: { in: attempts.map((a) => a.id) } },
    select: { attemptId: true, questionId: true, answer: true, correct: true, score: true, savedAt: true },
  });
  const missing = [...new Set(responses.map((r) => r.questionId))].filter((id) => !questions.has(id));
  if (missing.length) {
    const found = await db.question.findMany({
      where: { id: { in: missing } },
      select: { id: true, type: true, prompt: true, payload: true },
    });
    for (const q of found) questions.set(q.id, { type: q.type, prompt: q.prompt, texts: answerTexts(q.payload) });
  }
  const byAttempt = new Map<string, typeof responses>();
  for (const r of responses) (byAttempt.get(r.attemptId) ?? byAttempt.set(r.attemptId, []).get(r.attemptId)!).push(r);
  let text = "";
  for (const a of attempts) {
    const order = drawnQuestionIds(a.items);
    const position = new Map(order.map((id, i) => [id, i + 1]));
    const rows = (byAttempt.get(a.id) ?? []).sort(
      (x, y) => (position.get(x.questionId) ?? Infinity) - (position.get(y.questionId) ?? Infinity),
    );
    for (const r of rows) {
      const q = questions.get(r.questionId);
      text += csvRow([
        a.id,
        a.attemptNumber,
        a.userId,
        a.status,
        a.startedAt.toISOString(),
        a.submittedAt?.toISOString() ?? null,
        position.get(r.questionId) ?? null,
        r.questionId,
        q?.type ?? null,
        q?.prompt ?? null,
        summarizeAnswer(q?.texts ?? NO_TEXTS, r.answer),
        r.correct,
        r.score,
        r.savedAt.toISOString(),
      ]);
    }
  }
  return { text, last: attempts[attempts.length - 1].id };
}

/**
 * Every saved response of a quiz as CSV, one row per response, streamed: each pull reads one
 * keyset page of attempts and their responses, so memory holds one batch, never the whole file.
 * The access check runs before the first byte, so a refusal is an ordinary JSON error.
 */
export async function streamResponsesCsv(
  actor: Actor,
  quizId: string,
  batchSize = CSV_ATTEMPT_BATCH,
): Promise<{ filename: string; stream: ReadableStream<Uint8Array> }> {
  const quiz = await editableQuiz(actor, quizId);
  const encoder = new TextEncoder();
  const questions = new Map<string, QuestionInfo>();
  let cursor: string | null = null;
  let started = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        // The BOM makes Excel read the file as UTF-8 (prompts hold → and other non-ASCII).
        controller.enqueue(encoder.encode(`\uFEFF${csvRow(RESPONSES_CSV_HEADER)}`));
        return;
      }
      const batch = await nextBatch(quiz.id, cursor, questions, batchSize);
      if (!batch) {
        controller.close();
        return;
      }
      cursor = batch.last;
      if (batch.text) controller.enqueue(encoder.encode(batch.text));
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
