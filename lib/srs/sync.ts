import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { Prisma, type Scheduler } from "@/lib/db/generated/client";
import { VISIBLE_QUESTION_SQL } from "@/lib/decks/visibility";
import { AppError, isUniqueViolation, type FieldErrors } from "@/lib/errors";
import { countReview } from "@/lib/observability/counters";
import { snapshotOf, storedSnapshot, toCardStateDto, type StateFields } from "./card-state";
import { fsrsParamsFrom } from "./fsrs-params";
import { compareReviews, mergeReviews, type LoggedReview, type ReplayedReview } from "./replay-log";
import type { OfflineReview, SyncInput, SyncResult } from "./schemas";
import { SYNC_CLOCK_SKEW_MS, SYNC_MAX_AGE_DAYS } from "./sync-limits";
import type { Grade } from "./sm2";

interface Learner {
  id: string;
  timeZone: string;
}

type Item = Omit<OfflineReview, "reviewedAt"> & { reviewedAt: Date };
type Outcome = SyncResult["results"][number];

/**
 * Server times for a batch: a device clock more than the skew off the server's (sentAt against
 * now) is corrected by the difference; then no review may be later than the batch was sent, nor
 * older than SYNC_MAX_AGE_DAYS, and none is later than now (so an on-line review made after the
 * sync always sorts after it). A bad time refuses the whole batch, naming each review.
 */
function serverTimes(input: SyncInput, now: Date): Item[] {
  const sentAt = Date.parse(input.sentAt);
  const offset = now.getTime() - sentAt;
  const shift = Math.abs(offset) > SYNC_CLOCK_SKEW_MS ? offset : 0;
  const oldest = now.getTime() - SYNC_MAX_AGE_DAYS * 86_400_000;
  const fields: FieldErrors = {};
  const seen = new Map<string, OfflineReview>();
  const items = input.reviews.map((r, i) => {
    const device = Date.parse(r.reviewedAt);
    if (device > sentAt + SYNC_CLOCK_SKEW_MS) fields[`reviews.${i}.reviewedAt`] = ["Later than sentAt"];
    else if (device + shift < oldest)
      fields[`reviews.${i}.reviewedAt`] = [`Older than ${SYNC_MAX_AGE_DAYS} days: too late to apply`];
    const twin = seen.get(r.clientRequestId);
    if (twin && (twin.questionId !== r.questionId || twin.grade !== r.grade || twin.reviewedAt !== r.reviewedAt))
      fields[`reviews.${i}.clientRequestId`] = ["Used twice in this batch for different reviews"];
    seen.set(r.clientRequestId, r);
    return { ...r, reviewedAt: new Date(Math.min(device + shift, now.getTime())) };
  });
  if (Object.keys(fields).length)
    throw new AppError("BAD_REQUEST", "Some reviews in this batch cannot be applied as sent.", { fields });
  return items;
}

interface LogRow {
  questionId: string;
  clientRequestId: string;
  grade: number;
  reviewedAt: Date;
  before: unknown;
  after: unknown;
  drill: boolean;
  predictedR: number | null;
}

type StateRow = StateFields & { id: string; questionId: string };

/**
 * Applies a batch of reviews made on a device (offline or not): each is logged once (its
 * clientRequestId, unique per learner, makes a retry a no-op), then every touched card's log is
 * replayed through the learner's scheduler from the earliest new review on (lib/srs/replay-log.ts),
 * so a card ends in the same state whatever order batches from several devices arrive in.
 * Reviews of a card the learner cannot study, or reusing a request id for another review, are
 * rejected one by one; everything else in the batch is written in one transaction.
 */
export async function syncReviews(user: Learner, input: SyncInput, now = new Date()): Promise<SyncResult> {
  if (input.userId !== user.id)
    throw new AppError(
      "FORBIDDEN",
      "These reviews were made by another account on this device; sign in as it to sync them.",
      {
        fields: { userId: ["Not the signed-in account"] },
      },
    );
  const items = serverTimes(input, now);
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction((tx) => applyBatch(tx, user, items, now), { timeout: 30_000, maxWait: 10_000 });
    } catch (err) {
      // Two first reviews of one card at once (another device, or an on-line grade) both created its
      // state row: the loser rolls back whole and runs again, now finding the row and locking it.
      if (!isUniqueViolation(err) || attempt >= 2) throw err;
    }
  }
}

async function applyBatch(tx: Tx, user: Learner, items: Item[], now: Date): Promise<SyncResult> {
  const ids = [...new Set(items.map((i) => i.clientRequestId))];
  const logged = await tx.reviewLog.findMany({
    where: { userId: user.id, clientRequestId: { in: ids } },
    select: { clientRequestId: true, questionId: true, grade: true },
  });
  const byRequest = new Map(logged.map((l) => [l.clientRequestId, l]));
  const outcome = new Map<string, Outcome>();
  for (const it of items) {
    const was = byRequest.get(it.clientRequestId);
    if (!was) continue;
    outcome.set(
      it.clientRequestId,
      was.questionId === it.questionId && was.grade === it.grade
        ? { clientRequestId: it.clientRequestId, status: "duplicate" }
        : {
            clientRequestId: it.clientRequestId,
            status: "rejected",
            reason: "clientRequestId already used for another review",
          },
    );
  }
  const pending = items.filter((i) => !outcome.has(i.clientRequestId));
  const questionIds = [...new Set(pending.map((i) => i.questionId))];
  const visible = questionIds.length
    ? await tx.$queryRaw<{ id: string; version: number }[]>`
        SELECT q.id, q.version FROM "Question" q JOIN "Deck" d ON d.id = q."deckId"
        WHERE q.id IN (${Prisma.join(questionIds)}) AND ${VISIBLE_QUESTION_SQL}`
    : [];
  const versionOf = new Map(visible.map((q) => [q.id, q.version]));
  for (const it of pending)
    if (!versionOf.has(it.questionId))
      outcome.set(it.clientRequestId, {
        clientRequestId: it.clientRequestId,
        status: "rejected",
        reason: "No such card, or it is not in a deck you can study",
      });

  const cards = [...versionOf.keys()].sort();
  const states: SyncResult["states"] = [];
  if (cards.length) {
    const settings = await learnerSettings(tx, user);
    // Locked in one order, so two devices syncing the same cards wait for each other, and an on-line
    // grade landing meanwhile waits and then gets the usual 409 with the replayed state.
    const rows = await tx.$queryRaw<StateRow[]>`
      SELECT * FROM "ReviewState" WHERE "userId" = ${user.id} AND "questionId" IN (${Prisma.join(cards)})
      ORDER BY "questionId" FOR UPDATE`;
    const stateOf = new Map(rows.map((r) => [r.questionId, r]));
    const logs = await tx.reviewLog.findMany({
      where: { userId: user.id, questionId: { in: cards }, undoneAt: null },
      select: {
        questionId: true,
        clientRequestId: true,
        grade: true,
        reviewedAt: true,
        before: true,
        after: true,
        drill: true,
        predictedR: true,
      },
    });
    for (const questionId of cards) {
      const incoming = pending.filter((i) => i.questionId === questionId && !outcome.has(i.clientRequestId));
      const existing = logs
        .filter((l) => l.questionId === questionId)
        .map(toReplayed)
        .sort(compareReviews);
      const row = stateOf.get(questionId) ?? null;
      const merged = mergeReviews(existing, snapshotOf(row), incoming.map(toLogged), settings);
      await writeCard(
        tx,
        user.id,
        questionId,
        row,
        merged,
        incoming,
        versionOf.get(questionId)!,
        settings.scheduler,
        now,
      );
      for (const it of incoming)
        outcome.set(it.clientRequestId, {
          clientRequestId: it.clientRequestId,
          status: merged.inserted.includes(it.clientRequestId) ? "applied" : "duplicate",
        });
      states.push(toCardStateDto(questionId, merged.final));
    }
  }
  const results = items.map((i) => outcome.get(i.clientRequestId)!);
  for (const r of results)
    if (r.status === "applied") countReview(items.find((i) => i.clientRequestId === r.clientRequestId)!.grade);
  return { results, states };
}

async function learnerSettings(tx: Tx, user: Learner) {
  const rows = await tx.$queryRaw<{ scheduler: Scheduler; desiredRetention: number; weights: number[] | null }[]>`
    SELECT u.scheduler::text AS scheduler, u."desiredRetention",
           (SELECT m.parameters FROM "FsrsModel" m WHERE m."userId" = u.id AND m.adopted ORDER BY m."fittedAt" DESC, m.id DESC LIMIT 1) AS weights
    FROM "User" u WHERE u.id = ${user.id}`;
  const u = rows.at(0);
  if (!u) throw new AppError("NOT_FOUND", "No such account.");
  return {
    scheduler: u.scheduler === "FSRS" ? ("FSRS" as const) : ("SM2" as const),
    params: fsrsParamsFrom(u.weights, u.desiredRetention),
    timeZone: user.timeZone,
  };
}

const toLogged = (i: Item): LoggedReview => ({
  clientRequestId: i.clientRequestId,
  grade: i.grade as Grade,
  reviewedAt: i.reviewedAt,
});

const toReplayed = (l: LogRow): ReplayedReview => ({
  clientRequestId: l.clientRequestId,
  grade: l.grade as Grade,
  reviewedAt: l.reviewedAt,
  before: storedSnapshot(l.before),
  after: storedSnapshot(l.after),
  drill: l.drill,
  predictedR: l.predictedR,
});

const ts = (iso: string | null) => (iso ? new Date(iso) : null);

/** New log rows, recomputed columns of the later rows that changed, and the card's state. */
async function writeCard(
  tx: Tx,
  userId: string,
  questionId: string,
  row: StateRow | null,
  merged: ReturnType<typeof mergeReviews>,
  incoming: Item[],
  questionVersion: number,
  scheduler: Scheduler,
  now: Date,
): Promise<void> {
  if (merged.inserted.length === 0) return;
  const fresh = new Set(merged.inserted);
  const durations = new Map(incoming.map((i) => [i.clientRequestId, i.durationMs ?? null]));
  const changed = merged.rows.slice(merged.firstChanged);
  await tx.reviewLog.createMany({
    data: changed
      .filter((r) => fresh.has(r.clientRequestId))
      .map((r) => ({
        userId,
        questionId,
        clientRequestId: r.clientRequestId,
        grade: r.grade,
        correct: null,
        drill: r.drill,
        before: r.before as unknown as Prisma.InputJsonValue,
        after: r.after as unknown as Prisma.InputJsonValue,
        durationMs: durations.get(r.clientRequestId) ?? null,
        reviewedAt: r.reviewedAt,
        predictedR: r.predictedR,
        scheduler,
        questionVersion,
      })),
  });
  for (const r of changed.filter((c) => !fresh.has(c.clientRequestId))) {
    await tx.reviewLog.update({
      where: { userId_clientRequestId: { userId, clientRequestId: r.clientRequestId } },
      data: {
        drill: r.drill,
        before: r.before as unknown as Prisma.InputJsonValue,
        after: r.after as unknown as Prisma.InputJsonValue,
        predictedR: r.predictedR,
        scheduler,
      },
    });
  }
  const s = merged.final;
  const data = {
    repetitions: s.repetitions,
    easinessE4: s.easinessE4,
    intervalDays: s.intervalDays,
    dueAt: new Date(s.dueAt!),
    lapses: s.lapses,
    reviewCount: s.reviewCount,
    lastReviewedAt: ts(s.lastReviewedAt),
    version: s.version,
    updatedAt: now,
    fsrsStability: s.fsrsStability,
    fsrsDifficulty: s.fsrsDifficulty,
    fsrsPhase: s.fsrsPhase,
    fsrsStep: s.fsrsStep,
    fsrsDueAt: ts(s.fsrsDueAt),
    fsrsLastReviewedAt: ts(s.fsrsLastReviewedAt),
  };
  if (row) await tx.reviewState.update({ where: { id: row.id }, data });
  else await tx.reviewState.create({ data: { ...data, userId, questionId, createdAt: now } });
}
