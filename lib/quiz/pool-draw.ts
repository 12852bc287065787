import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db/client";
import { quizQuestionWhere } from "@/lib/decks/visibility";
import { AppError } from "@/lib/errors";
import { displayRng } from "@/lib/questions/display-order";
import { QUESTION_TYPES } from "@/lib/questions/schemas";
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

/**
 * The question ids an attempt draws. Without pools: questionCount at random from the deck's
 * live scorable questions (the quiz's behaviour before pools). With pools: N from each,
 * unseen-first for this learner (questions in none of `earlierIds`), random among equals by a
 * seed only the server knows (per attempt). Pools that shrank since the quiz was saved are a 409.
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
  if (candidates.length === 0)
    throw new AppError("UNPROCESSABLE", "This quiz's deck has no questions that can be scored yet.");
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
