/**
 * Import and export of a deck's questions as Moodle GIFT or Layerwise JSON. The parsing and
 * writing are pure (lib/decks/gift, lib/decks/json-format); this adds authorization, the size
 * limit, the all-or-nothing write and the error shape.
 */
import "server-only";
import { exportGift } from "@/lib/decks/gift/export";
import { parseGift } from "@/lib/decks/gift/parse";
import { DeckImportError } from "@/lib/decks/import-errors";
import { exportDeckJson, parseDeckJson } from "@/lib/decks/json-format";
import { db } from "@/lib/db/client";
import type { Question } from "@/lib/db/generated/client";
import { AppError, type FieldErrors } from "@/lib/errors";
import { questionInputSchema, type QuestionInput } from "@/lib/questions/schemas";
import { findInputProblem } from "@/lib/text-input";
import { editableDeck, type Actor } from "./access";
import { lockDeck, nextPosition } from "./positions";
import { splitBlocks } from "@/lib/decks/gift/blocks";
import { recordAudit } from "@/lib/audit/record";
import { deckAudit } from "@/lib/audit/targets";
import { IMPORT_MAX_BYTES, IMPORT_MAX_QUESTIONS, type ImportFormat, type ImportPreviewDto } from "./schemas";
import { logger } from "@/lib/observability/log";

/** Rows per INSERT: big enough to be quick, small enough that no statement builds a huge query. */
const INSERT_CHUNK = 500;
/** A full import (IMPORT_MAX_QUESTIONS rows) takes about a second; Prisma's default of 5 s is too close under load. */
const IMPORT_TX_TIMEOUT_MS = 30_000;

/** A parser's line-numbered problems as the API's error: fields { "line 7": [...] }, details { errors }. */
export function toImportAppError(err: DeckImportError): AppError {
  const fields: FieldErrors = {};
  for (const e of err.errors) (fields[`line ${e.line}`] ??= []).push(e.message);
  return new AppError("BAD_REQUEST", err.message, { fields, details: { errors: err.errors } });
}

export function tooLarge(): AppError {
  return new AppError(
    "PAYLOAD_TOO_LARGE",
    `The file must be at most ${IMPORT_MAX_BYTES / 1024 / 1024} MiB; split it into several imports.`,
  );
}

export function tooManyQuestions(count: number): AppError {
  const n = (x: number) => x.toLocaleString("en-US");
  return new AppError(
    "PAYLOAD_TOO_LARGE",
    `This file holds ${n(count)} questions; one import may hold at most ${n(IMPORT_MAX_QUESTIONS)}. Split it into several imports.`,
    {
      fields: { file: [`${n(count)} questions; at most ${n(IMPORT_MAX_QUESTIONS)} per import`] },
    },
  );
}

/** How many questions the file holds, counted cheaply (GIFT blocks, the JSON array) before the full parse and validation. */
function countQuestions(format: ImportFormat, body: string): number {
  if (format === "gift") return splitBlocks(body).blocks.length;
  try {
    const questions = (JSON.parse(body) as { questions?: unknown } | null)?.questions;
    return Array.isArray(questions) ? questions.length : 0;
  } catch {
    return 0; // the full parse reports the syntax error with its line
  }
}

/** Parses a file into questions (no writes); bad input throws BAD_REQUEST naming each line. */
export function parseImport(format: ImportFormat, text: string, defaultSection?: string): QuestionInput[] {
  if (Buffer.byteLength(text, "utf8") > IMPORT_MAX_BYTES) throw tooLarge();
  const body = text.replace(/^\uFEFF/, "");
  const count = countQuestions(format, body);
  if (count > IMPORT_MAX_QUESTIONS) throw tooManyQuestions(count);
  try {
    const questions = format === "gift" ? parseGift(body, { defaultSection }).questions : parseDeckJson(body).questions;
    // The parsers validate already; this strips what they carry besides a question (ids, titles, categories).
    const parsed = questions.map((q) =>
      questionInputSchema.parse({
        type: q.type,
        prompt: q.prompt,
        explanation: q.explanation,
        section: q.section,
        payload: q.payload,
        tags: q.tags,
        quizOnly: q.quizOnly,
      }),
    );
    // JSON escapes (\u0000, a lone \ud800) get past the raw-text check; Postgres would refuse them.
    parsed.forEach((q, i) => {
      const problem = findInputProblem(q);
      if (problem)
        throw new AppError(
          "BAD_REQUEST",
          `Question ${i + 1} is not valid: ${problem.field} ${problem.message.toLowerCase()}.`,
          { fields: { [`question ${i + 1}`]: [`${problem.field}: ${problem.message}`] } },
        );
    });
    return parsed;
  } catch (err) {
    if (err instanceof DeckImportError) throw toImportAppError(err);
    throw err;
  }
}

/**
 * Adds the file's questions at the end of the deck, all or nothing, in one transaction.
 * Questions always get new ids (ids in the file are ignored), so importing an export into
 * another deck copies it. GIFT questions without a `// layerwise:` section take the deck's
 * chapter. With dryRun, returns what would be created and writes nothing.
 */
export async function importQuestions(
  actor: Actor,
  deckId: string,
  format: ImportFormat,
  text: string,
  opts: { dryRun?: boolean } = {},
): Promise<ImportPreviewDto> {
  const deck = await editableDeck(actor, deckId);
  const questions = parseImport(format, text, deck.chapter ?? undefined);
  const preview = (ids: (string | null)[]): ImportPreviewDto => ({
    dryRun: !!opts.dryRun,
    format,
    created: opts.dryRun ? 0 : questions.length,
    questions: questions.map((q, i) => ({
      id: ids[i] ?? null,
      type: q.type,
      section: q.section ?? null,
      prompt: q.prompt,
    })),
  });
  if (opts.dryRun) return preview([]);
  // Chunks keep each INSERT small; the one transaction keeps the import all or nothing.
  const ids = await db.$transaction(
    async (tx) => {
      await lockDeck(tx, deckId);
      const start = await nextPosition(tx, deckId);
      const out: string[] = [];
      for (let from = 0; from < questions.length; from += INSERT_CHUNK) {
        const rows = await tx.question.createManyAndReturn({
          data: questions.slice(from, from + INSERT_CHUNK).map((q, i) => ({
            deckId,
            type: q.type,
            prompt: q.prompt,
            explanation: q.explanation,
            section: q.section ?? null,
            payload: q.payload,
            tags: q.tags ?? [],
            quizOnly: q.quizOnly ?? false,
            position: start + from + i,
            // Like any new question: learners of a published deck see it at its next publish.
            publishedAt: null,
          })),
          select: { id: true, position: true },
        });
        out.push(...rows.sort((a, b) => a.position - b.position).map((r) => r.id));
      }
      const after = { format, created: out.length, questionIds: out };
      await recordAudit(tx, { ...deckAudit(actor, deckId, "deck.import"), after });
      return out;
    },
    { timeout: IMPORT_TX_TIMEOUT_MS, maxWait: 10_000 },
  );
  return preview(ids);
}

export interface ExportFile {
  filename: string;
  contentType: string;
  text: string;
}

/**
 * A stored question as export input (GIFT, JSON, Anki), checked by its type's schema: a row
 * that no longer passes (written before a rule tightened) stops the export with a 422 naming it.
 */
export function exportableQuestion(r: Question, i: number): QuestionInput {
  const parsed = questionInputSchema.safeParse({
    type: r.type,
    prompt: r.prompt,
    explanation: r.explanation,
    section: r.section ?? undefined,
    payload: r.payload,
    tags: r.tags,
    quizOnly: r.quizOnly,
  });
  if (!parsed.success)
    throw new AppError(
      "UNPROCESSABLE",
      `Question ${i + 1} (${r.id}) is not valid any more; fix it in the editor before exporting.`,
    );
  return parsed.data;
}

/** The deck's live questions, in order, as a GIFT or JSON file. */
export async function exportDeck(actor: Actor, deckId: string, format: ImportFormat): Promise<ExportFile> {
  const deck = await editableDeck(actor, deckId);
  const rows = await db.question.findMany({
    where: { deckId, archivedAt: null },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  const questions = rows.map((r, i) => ({ id: r.id, ...exportableQuestion(r, i) }));
  if (format === "gift") {
    let text: string;
    try {
      text = exportGift({ title: deck.title, questions });
    } catch (err) {
      // The exporter refuses a question it cannot write faithfully; say which, rather than a bare 500.
      logger.warn({ err, deckId }, "GIFT export refused a question");
      throw new AppError(
        "UNPROCESSABLE",
        `This deck cannot be written as GIFT: ${(err as Error).message}. Export it as JSON instead.`,
      );
    }
    return { filename: `${deck.slug}.gift`, contentType: "text/plain; charset=utf-8", text };
  }
  const text = exportDeckJson({
    title: deck.title,
    ...(deck.description ? { description: deck.description } : {}),
    ...(deck.chapter ? { chapter: deck.chapter } : {}),
    questions,
  });
  return { filename: `${deck.slug}.deck.json`, contentType: "application/json; charset=utf-8", text };
}
