import type { Tx } from "@/lib/db/client";

/**
 * Makes cards due now (quiz misses): existing states move their dueAt; new cards get a state due now.
 * A quiz rule that writes SRS state, so it lives with the quiz: lib/srs imports lib/quiz (the
 * open-attempt guard) and never the other way round.
 */
export async function pullCardsForward(tx: Tx, userId: string, questionIds: string[], now: Date): Promise<void> {
  if (!questionIds.length) return;
  await tx.reviewState.updateMany({
    where: { userId, questionId: { in: questionIds }, dueAt: { gt: now } },
    data: { dueAt: now, version: { increment: 1 } },
  });
  const existing = await tx.reviewState.findMany({
    where: { userId, questionId: { in: questionIds } },
    select: { questionId: true },
  });
  const have = new Set(existing.map((e) => e.questionId));
  const missing = questionIds.filter((id) => !have.has(id));
  if (missing.length) {
    await tx.reviewState.createMany({
      data: missing.map((questionId) => ({ userId, questionId, dueAt: now })),
      skipDuplicates: true,
    });
  }
}
