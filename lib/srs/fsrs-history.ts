import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { replayFsrs, type ReviewEvent } from "./fsrs/replay";
import type { FsrsMemoryState, FsrsParams } from "./fsrs/scheduler";
import type { Grade } from "./sm2";

type Client = Prisma.TransactionClient | typeof db;

/**
 * Each card's non-undone reviews in log order (time, then clientRequestId: lib/srs/replay-log.ts), drills included: FSRS's
 * short-term steps are reviews too, so a replay sees what live reviewing saw. `questionIds`
 * limits it to those cards (the whole log otherwise).
 */
export async function loadReviewEvents(
  client: Client,
  userId: string,
  questionIds?: readonly string[],
): Promise<Map<string, ReviewEvent[]>> {
  const rows = await client.reviewLog.findMany({
    where: { userId, undoneAt: null, ...(questionIds ? { questionId: { in: [...questionIds] } } : {}) },
    select: { questionId: true, grade: true, reviewedAt: true },
    orderBy: [{ reviewedAt: "asc" }, { clientRequestId: "asc" }],
  });
  const byCard = new Map<string, ReviewEvent[]>();
  for (const r of rows) {
    let list = byCard.get(r.questionId);
    if (!list) byCard.set(r.questionId, (list = []));
    list.push({ time: r.reviewedAt, grade: r.grade as Grade });
  }
  return byCard;
}

/** One card's FSRS memory state replayed from its log (null when it has none). */
export async function replayCard(
  userId: string,
  questionId: string,
  params: FsrsParams,
): Promise<FsrsMemoryState | null> {
  const events = (await loadReviewEvents(db, userId, [questionId])).get(questionId) ?? [];
  return replayFsrs(events, params);
}
