import crypto from "node:crypto";
import { db } from "@/lib/db/client";
import { csvRatingToSm2Grade } from "@/lib/srs/fsrs/grades";
import type { CsvReview } from "@/lib/srs/fsrs/synthetic";
import { enroll, makeDeck, makeUser } from "./factories";

export interface LogRow {
  cardId: string;
  time: number;
  grade: number;
  predictedR?: number | null;
  drill?: boolean;
  before?: object;
  undone?: boolean;
}

/**
 * A learner enrolled in a deck with one question per distinct card id, and the given log rows
 * written straight into ReviewLog (the history a learner would have built review by review).
 */
export async function learnerWithLog(rows: readonly LogRow[], opts: { timeZone?: string } = {}) {
  const owner = await makeUser({ role: "INSTRUCTOR" });
  const learner = await makeUser({ timeZone: opts.timeZone });
  const cardIds = [...new Set(rows.map((r) => r.cardId))];
  const deck = await makeDeck(owner.id, { count: Math.max(1, cardIds.length) });
  await enroll(learner.id, deck.id);
  const questionOf = new Map(cardIds.map((c, i) => [c, deck.questions[i].id]));
  for (let k = 0; k < rows.length; k += 1000)
    await db.reviewLog.createMany({
      data: rows.slice(k, k + 1000).map((r) => ({
        userId: learner.id,
        questionId: questionOf.get(r.cardId)!,
        clientRequestId: crypto.randomUUID(),
        grade: r.grade,
        drill: r.drill ?? false,
        predictedR: r.predictedR ?? null,
        before: r.before ?? {},
        after: {},
        reviewedAt: new Date(r.time),
        undoneAt: r.undone ? new Date(r.time + 1000) : null,
      })),
    });
  return { learner, deck, questionOf };
}

export const fromCsv = (rows: readonly CsvReview[]): LogRow[] =>
  rows.map((r) => ({ cardId: r.cardId, time: r.reviewTime, grade: csvRatingToSm2Grade(r.rating) }));
