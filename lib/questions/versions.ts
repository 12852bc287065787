/**
 * Reading question content by version: what learners see now (one function for study, quiz
 * start and previews) and what a pinned attempt or review showed. The rules: ./version-rules.ts.
 */
import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { quizQuestionWhere, visibleQuestionWhere } from "@/lib/decks/visibility";
import type { StoredQuestion } from "./types";

type Client = Tx | typeof db;

/** A question's content at one version. */
export interface VersionedQuestion extends StoredQuestion {
  version: number;
}

const CONTENT = { id: true, type: true, prompt: true, explanation: true, section: true, payload: true } as const;

/**
 * The current published content of the given questions, for learners: only live questions of
 * visible decks (others are absent from the map). A published deck's columns are its published
 * content — edits wait in draft versions — so this reads them, with their version to pin.
 * `forQuiz` takes quiz-only questions too (a quiz draws them; study and previews never see them).
 */
export async function currentPublishedQuestions(
  ids: string[],
  opts: { client?: Client; userId?: string; forQuiz?: boolean } = {},
): Promise<Map<string, VersionedQuestion & { position: number; deckId: string }>> {
  const rows = await (opts.client ?? db).question.findMany({
    where: { id: { in: ids }, ...(opts.forQuiz ? quizQuestionWhere() : visibleQuestionWhere(opts.userId)) },
    select: { ...CONTENT, version: true, position: true, deckId: true },
  });
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * The content each pin showed: its stored version row, or the question's columns when that
 * version was never stored (questions made before versions, or outside the authoring services,
 * whose current content is that version). Archived questions are included: history renders.
 */
export async function loadPinnedQuestions(
  pins: { questionId: string; version: number }[],
  client: Client = db,
): Promise<Map<string, VersionedQuestion>> {
  if (pins.length === 0) return new Map();
  const ids = [...new Set(pins.map((p) => p.questionId))];
  const [rows, questions] = await Promise.all([
    client.questionVersion.findMany({
      where: { OR: pins.map((p) => ({ questionId: p.questionId, version: p.version })) },
      select: {
        questionId: true,
        version: true,
        type: true,
        prompt: true,
        explanation: true,
        section: true,
        payload: true,
      },
    }),
    client.question.findMany({ where: { id: { in: ids } }, select: { ...CONTENT, version: true } }),
  ]);
  const stored = new Map(rows.map((r) => [`${r.questionId}:${r.version}`, r]));
  const columns = new Map(questions.map((q) => [q.id, q]));
  const out = new Map<string, VersionedQuestion>();
  for (const p of pins) {
    const row = stored.get(`${p.questionId}:${p.version}`);
    const q = columns.get(p.questionId);
    if (row)
      out.set(p.questionId, {
        id: p.questionId,
        type: row.type,
        prompt: row.prompt,
        explanation: row.explanation,
        section: row.section,
        payload: row.payload,
        version: p.version,
      });
    else if (q) out.set(p.questionId, { ...q, version: p.version });
  }
  return out;
}
