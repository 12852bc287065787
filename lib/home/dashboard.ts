import "server-only";
import { db } from "@/lib/db/client";
import { visibleQuestionWhere } from "@/lib/decks/visibility";
import { getQueue, type QueueUser } from "@/lib/srs/queue";
import { getProgress } from "@/lib/srs/stats";

export interface DashboardData {
  /** Reviews due today, after the daily review limit (what the study page will show). */
  due: number;
  /** New cards the study page will introduce today, after the daily new-card limit. */
  new: number;
  drill: number;
  streak: number;
  enrolledDecks: number;
  /** False until the learner's first review: the dashboard greets them as new. */
  hasReviewed: boolean;
  /** When nothing is waiting: the next moment a card of the learner's decks falls due. */
  nextDueAt: Date | null;
}

/** The dashboard's numbers, read through the same queue and progress code the study and progress pages use. */
export async function getDashboard(user: QueueUser, now = new Date()): Promise<DashboardData> {
  const [queue, progress, enrolledDecks, anyReview] = await Promise.all([
    getQueue(user, now, 1),
    getProgress(user, now),
    db.deckEnrollment.count({ where: { userId: user.id } }),
    db.reviewLog.findFirst({ where: { userId: user.id }, select: { id: true } }),
  ]);
  const { due, new: fresh, drill } = queue.counts;
  const next =
    due + fresh + drill === 0
      ? await db.reviewState.findFirst({
          where: { userId: user.id, dueAt: { gt: now }, question: visibleQuestionWhere(user.id) },
          orderBy: { dueAt: "asc" },
          select: { dueAt: true },
        })
      : null;
  return {
    due,
    new: fresh,
    drill,
    streak: progress.streak,
    enrolledDecks,
    hasReviewed: !!anyReview,
    nextDueAt: next?.dueAt ?? null,
  };
}
