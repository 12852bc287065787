import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db/client";
import { QUIZ_QUESTION_SQL, quizQuestionWhere } from "@/lib/decks/visibility";
import { AppError } from "@/lib/errors";
import { displayRng } from "@/lib/questions/display-order";
import { QUESTION_TYPES, type QuestionType } from "@/lib/questions/schemas";
import { currentPublishedQuestions, type VersionedQuestion } from "@/lib/questions/versions";
import { drawFromPools, poolMatches, type DrawCandidate } from "./draw";
import { poolLabel, readPools, type QuizPool } from "./pool-schemas";

/** Types a quiz can score on its own (flashcards are self-graded, so never drawn). */
export const QUIZ_TYPES = QUESTION_TYPES.filter((t) => t !== "flashcard");

export function shuffle<T>(xs: T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = crypto.randomInt(0, i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function shortfall(pools: QuizPool[], candidates: DrawCandidate[], poolIndex: number, matching: number): string {
  const p = pools[poolIndex];
  const what = `pool ${poolIndex + 1} (${poolLabel(p)}) draws ${p.count}`;
  if (matching < p.count)
    return `${what} but the deck has ${matching} scorable question${matching === 1 ? "" : "s"} there`;
  const shared = pools.filter(
    (o, i) => i !== poolIndex && candidates.some((c) => poolMatches(o, c) && poolMatches(p, c)),
  );
  return `${what}; it has ${matching}, but it shares them with pool${shared.length === 1 ? "" : "s"} ${shared.map((o) => pools.indexOf(o) + 1).join(", ")} and together they cannot all be filled`;
}

/**
 * Save-time check of a quiz's pools against the deck as it is now (live, scorable questions,
 * quiz-only ones included, whether or not the deck is published yet): a 400 naming the pool
 * that cannot be filled. The quiz editor should call this too.
 */
export async function assertPoolsFillable(deckId: string, pools: QuizPool[]): Promise<void> {
  if (!pools.length) return;
  const candidates = await db.question.findMany({
    where: { deckId, archivedAt: null, type: { in: [...QUIZ_TYPES] } },
    select: { id: true, tags: true, section: true },
  });
  const result = drawFromPools(pools, candidates, new Set(), Math.random);
  if (result.ok) return;
  const message = shortfall(pools, candidates, result.poolIndex, result.matching);
  throw new AppError("BAD_REQUEST", `The pools cannot be filled: ${message}.`, {
    fields: { [`pools.${result.poolIndex}.count`]: [message.replace(/^pool/, "Pool")] },
  });
}

/** A drawn question's published content, with the version the attempt pins and its place in the deck. */
export type DrawnQuestion = VersionedQuestion & { position: number };

const NO_QUESTIONS = "This quiz's deck has no questions that can be scored yet.";

/**
 * The questions an attempt draws, in draw order, with their current published content.
 * Without pools: questionCount at random from the deck's live scorable questions, drawn and
 * loaded by Postgres in one statement (a start reads 10 rows, not the deck's ids).
 * With pools: N from each, unseen-first for this learner (questions in none of `earlierIds`),
 * random among equals by a seed only the server knows (per attempt). Pools that shrank since
 * the quiz was saved are a 409.
 */
export async function drawAttemptQuestions(ctx: {
  quiz: { id: string; deckId: string; questionCount: number; pools: unknown };
  userId: string;
  attemptId: string;
  earlierIds: Iterable<string>;
}): Promise<DrawnQuestion[]> {
  const { quiz } = ctx;
  if (readPools(quiz.pools).length) {
    const ids = await drawAttemptQuestionIds(ctx);
    const byId = await currentPublishedQuestions(ids, { forQuiz: true });
    return ids.flatMap((id) => byId.get(id) ?? []);
  }
  // gen_random_uuid() is drawn from a strong random source, one per candidate row.
  const rows = await db.$queryRaw<(Omit<DrawnQuestion, "type"> & { type: QuestionType })[]>`
    SELECT q.id, q.type::text AS type, q.prompt, q.explanation, q.section, q.payload, q.version, q.position
    FROM "Question" q JOIN "Deck" d ON d.id = q."deckId"
    WHERE q."deckId" = ${quiz.deckId} AND ${QUIZ_QUESTION_SQL} AND q.type::text = ANY(${[...QUIZ_TYPES]}::text[])
    ORDER BY gen_random_uuid()
    LIMIT ${quiz.questionCount}`;
  if (rows.length === 0) throw new AppError("UNPROCESSABLE", NO_QUESTIONS);
  return rows;
}

/**
 * The question ids a pooled attempt draws (see drawAttemptQuestions); without pools,
 * questionCount ids at random.
 */
export async function drawAttemptQuestionIds(ctx: {
  quiz: { id: string; deckId: string; questionCount: number; pools: unknown };
  userId: string;
  attemptId: string;
  earlierIds: Iterable<string>;
}): Promise<string[]> {
  const { quiz } = ctx;
  const pools = readPools(quiz.pools);
  const candidates = await db.question.findMany({
    where: { deckId: quiz.deckId, ...quizQuestionWhere(), type: { in: [...QUIZ_TYPES] } },
    select: { id: true, tags: true, section: true },
  });
  if (candidates.length === 0) throw new AppError("UNPROCESSABLE", NO_QUESTIONS);
  if (!pools.length) return shuffle(candidates.map((c) => c.id)).slice(0, quiz.questionCount);
  const rng = displayRng({ userId: ctx.userId, questionId: `quiz-draw:${quiz.id}`, attemptId: ctx.attemptId });
  const result = drawFromPools(pools, candidates, new Set(ctx.earlierIds), rng);
  if (!result.ok) {
    throw new AppError(
      "CONFLICT",
      `This quiz cannot start: its ${shortfall(pools, candidates, result.poolIndex, result.matching)} now (questions were archived or retagged since it was set). Ask its author to change the pools.`,
      { details: { poolIndex: result.poolIndex } },
    );
  }
  return result.ids;
}
