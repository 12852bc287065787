/** Writes replayed Anki reviews: log rows and the card's final state, inside the caller's transaction. */
import "server-only";
import type { Prisma, Tx } from "@/lib/db/client";
import type { ReviewState } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { snapshotOf, type StateSnapshot } from "@/lib/srs/card-state";
import { loadReviewEvents } from "@/lib/srs/fsrs-history";
import { fsrsParamsFrom, newestAdoptedModel } from "@/lib/srs/fsrs-params";
import { replayFsrs } from "@/lib/srs/fsrs/replay";
import { fsrsMemoryOf } from "@/lib/srs/schedule-review";
import { replayReviews, type ImportedReview } from "./replay-pure";
import type { AnkiImportReport } from "./schemas";

export type { ImportedReview } from "./replay-pure";

export interface ReplayTarget {
  questionId: string;
  questionVersion: number;
  reviews: ImportedReview[];
}

const ts = (iso: string | null) => (iso ? new Date(iso) : null);

function columns(a: StateSnapshot) {
  return {
    repetitions: a.repetitions,
    easinessE4: a.easinessE4,
    intervalDays: a.intervalDays,
    dueAt: new Date(a.dueAt!),
    lapses: a.lapses,
    reviewCount: a.reviewCount,
    lastReviewedAt: ts(a.lastReviewedAt),
    version: a.version,
    fsrsStability: a.fsrsStability,
    fsrsDifficulty: a.fsrsDifficulty,
    fsrsPhase: a.fsrsPhase,
    fsrsStep: a.fsrsStep,
    fsrsDueAt: ts(a.fsrsDueAt),
    fsrsLastReviewedAt: ts(a.fsrsLastReviewedAt),
  };
}

/**
 * Only reviews after the card's latest review here are replayed (history cannot be inserted
 * before reviews already logged without rewriting them); reviews already in the log at the
 * same millisecond (our own export coming back) and reviews in the future are left out.
 */
export async function replayImported(
  tx: Tx,
  user: { id: string; timeZone: string },
  targets: ReplayTarget[],
  now: Date,
): Promise<{ imported: number; cards: number; skipped: AnkiImportReport["skipped"] }> {
  const settings = await tx.user.findUnique({
    where: { id: user.id },
    select: { scheduler: true, desiredRetention: true },
  });
  if (!settings) throw new AppError("NOT_FOUND", "No such account.");
  const model = await newestAdoptedModel(user.id, tx);
  const ctx = {
    timeZone: user.timeZone,
    scheduler: settings.scheduler,
    params: fsrsParamsFrom(model?.parameters, settings.desiredRetention),
  };
  const ids = targets.map((t) => t.questionId);
  // Locked first: a review landing meanwhile waits, then gets the usual 409 with the new state.
  const states = await tx.$queryRaw<ReviewState[]>`
    SELECT * FROM "ReviewState" WHERE "userId" = ${user.id} AND "questionId" = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`;
  const stateOf = new Map(states.map((s) => [s.questionId, s]));
  const history = await loadReviewEvents(tx, user.id, ids);
  let imported = 0;
  let cards = 0;
  const counts = { already: 0, older: 0, future: 0 };
  for (const t of targets) {
    const past = history.get(t.questionId) ?? [];
    const seen = new Set(past.map((e) => Number(e.time)));
    const last = past.length ? Number(past[past.length - 1].time) : -Infinity;
    const fresh = t.reviews.filter((r) => {
      if (seen.has(r.revlogId)) return ((counts.already += 1), false);
      if (r.revlogId > now.getTime()) return ((counts.future += 1), false);
      if (r.revlogId <= last) return ((counts.older += 1), false);
      return true;
    });
    if (fresh.length === 0) continue;
    const row = stateOf.get(t.questionId) ?? null;
    const start = snapshotOf(row);
    const firstAt = new Date(Math.min(...fresh.map((r) => r.revlogId)));
    const fsrsStart = fsrsMemoryOf(start, firstAt) ?? replayFsrs(past, ctx.params);
    const replayed = replayReviews(start, fsrsStart, fresh, ctx);
    await tx.reviewLog.createMany({
      data: replayed.map((r) => ({
        userId: user.id,
        questionId: t.questionId,
        clientRequestId: `anki:${r.review.revlogId}:${t.questionId}`,
        grade: r.review.grade,
        correct: null,
        drill: r.drill,
        before: JSON.parse(JSON.stringify(r.before)) as Prisma.InputJsonValue,
        after: JSON.parse(JSON.stringify(r.after)) as Prisma.InputJsonValue,
        durationMs: r.review.durationMs,
        reviewedAt: r.reviewedAt,
        predictedR: r.predictedR,
        scheduler: ctx.scheduler,
        questionVersion: t.questionVersion,
      })),
    });
    const final = columns(replayed[replayed.length - 1].after);
    if (row) await tx.reviewState.update({ where: { id: row.id }, data: final });
    else await tx.reviewState.create({ data: { userId: user.id, questionId: t.questionId, ...final } });
    imported += replayed.length;
    cards += 1;
  }
  const skipped: AnkiImportReport["skipped"] = [];
  if (counts.already) skipped.push({ what: "reviews", count: counts.already, reason: "already in your history here" });
  if (counts.older)
    skipped.push({ what: "reviews", count: counts.older, reason: "older than your latest review of that card here" });
  if (counts.future) skipped.push({ what: "reviews", count: counts.future, reason: "dated in the future" });
  return { imported, cards, skipped };
}
