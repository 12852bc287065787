import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import type { ReviewState } from "@/lib/db/generated/client";
import { startAttempt } from "@/lib/quiz/attempts";
import { storedSnapshot, type StateSnapshot } from "@/lib/srs/card-state";
import { fsrsParamsFrom } from "@/lib/srs/fsrs-params";
import { compareReviews, replayReviews, type LoggedReview } from "@/lib/srs/replay-log";
import { recordReview } from "@/lib/srs/reviews";
import type { OfflineReview } from "@/lib/srs/schemas";
import type { Grade } from "@/lib/srs/sm2";
import { syncReviews } from "@/lib/srs/sync";
import { undoLastReview } from "@/lib/srs/undo-review";
import { enroll, makeDeck, makeUser, requestId } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const { POST: syncPOST } = await import("@/app/api/v1/reviews/sync/route");
const { POST: packPOST } = await import("@/app/api/v1/study/offline-pack/route");

const NOW = new Date("2026-06-10T18:00:00Z");
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const at = (ms: number) => new Date(NOW.getTime() + ms);

async function setup(scheduler: "SM2" | "FSRS" = "SM2") {
  const owner = await makeUser({ role: "INSTRUCTOR" });
  const deck = await makeDeck(owner.id, { count: 3 });
  const learner = async () => {
    const u = await makeUser({ timeZone: "Europe/Berlin" });
    await db.user.update({ where: { id: u.id }, data: { scheduler } });
    await enroll(u.id, deck.id);
    return u;
  };
  return { learner, q: deck.questions.map((q) => q.id), owner };
}

const review = (questionId: string, grade: number, when: Date, clientRequestId = requestId()): OfflineReview => ({
  clientRequestId,
  questionId,
  grade,
  reviewedAt: when.toISOString(),
});
const batch = (userId: string, reviews: OfflineReview[], sentAt = NOW) => ({
  userId,
  sentAt: sentAt.toISOString(),
  reviews,
});

const schedule = (s: StateSnapshot) => ({ ...s, version: 0 });

/** A state row's SM-2 columns, dates as ISO strings. */
const sm2Columns = (s: ReviewState) => ({
  repetitions: s.repetitions,
  easinessE4: s.easinessE4,
  intervalDays: s.intervalDays,
  dueAt: s.dueAt.toISOString(),
  lapses: s.lapses,
  reviewCount: s.reviewCount,
  lastReviewedAt: s.lastReviewedAt?.toISOString() ?? null,
});

/** The learner's state rows and live log, version numbers aside (they count writes, not reviews). */
async function stored(userId: string) {
  const states = await db.reviewState.findMany({ where: { userId }, orderBy: { questionId: "asc" } });
  const logs = await db.reviewLog.findMany({ where: { userId, undoneAt: null }, orderBy: { reviewedAt: "asc" } });
  return {
    states: states.map((s) => ({
      questionId: s.questionId,
      ...sm2Columns(s),
      fsrs: [s.fsrsStability, s.fsrsDifficulty, s.fsrsPhase, s.fsrsStep, s.fsrsDueAt?.toISOString()],
    })),
    logs: logs
      .map((l) => ({
        clientRequestId: l.clientRequestId,
        questionId: l.questionId,
        grade: l.grade,
        reviewedAt: l.reviewedAt.toISOString(),
        drill: l.drill,
        predictedR: l.predictedR,
        before: schedule(storedSnapshot(l.before)),
        after: schedule(storedSnapshot(l.after)),
      }))
      .sort((a, b) => a.reviewedAt.localeCompare(b.reviewedAt) || a.clientRequestId.localeCompare(b.clientRequestId)),
  };
}

/** Each card's state as the pure replay of its live log computes it, under the learner's settings now. */
async function replayed(user: { id: string; timeZone: string }) {
  const u = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  const settings = { scheduler: u.scheduler, params: fsrsParamsFrom(null, u.desiredRetention), timeZone: u.timeZone };
  const logs = await db.reviewLog.findMany({ where: { userId: user.id, undoneAt: null } });
  const byCard = new Map<string, LoggedReview[]>();
  for (const l of logs) {
    const list = byCard.get(l.questionId) ?? [];
    list.push({ clientRequestId: l.clientRequestId, grade: l.grade as Grade, reviewedAt: l.reviewedAt });
    byCard.set(l.questionId, list);
  }
  return new Map([...byCard].map(([q, list]) => [q, replayReviews(list.sort(compareReviews), settings).final]));
}

async function expectStateIsTheReplay(user: { id: string; timeZone: string }) {
  const expected = await replayed(user);
  const states = await db.reviewState.findMany({ where: { userId: user.id } });
  expect(states.length).toBe(expected.size);
  for (const s of states) {
    const e = expected.get(s.questionId)!;
    expect({
      ...sm2Columns(s),
      fsrsDueAt: s.fsrsDueAt?.toISOString() ?? null,
      fsrsLastReviewedAt: s.fsrsLastReviewedAt?.toISOString() ?? null,
      fsrsStability: s.fsrsStability,
    }).toEqual({
      repetitions: e.repetitions,
      easinessE4: e.easinessE4,
      intervalDays: e.intervalDays,
      dueAt: e.dueAt,
      lapses: e.lapses,
      reviewCount: e.reviewCount,
      lastReviewedAt: e.lastReviewedAt,
      fsrsDueAt: e.fsrsDueAt,
      fsrsLastReviewedAt: e.fsrsLastReviewedAt,
      fsrsStability: e.fsrsStability,
    });
  }
}

describe.each(["SM2", "FSRS"] as const)("offline sync (%s)", (scheduler) => {
  let ctx: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    ctx = await setup(scheduler);
  });

  it("two devices that studied offline end in the same state and log whatever order their batches arrive in", async () => {
    const [q1, q2] = ctx.q;
    // Device A studied this morning and last night; device B in between, same cards, drills included.
    const a = [
      review(q1, 4, at(-2 * DAY)),
      review(q1, 2, at(-6 * HOUR)),
      review(q1, 5, at(-6 * HOUR + 5 * MIN)),
      review(q2, 3, at(-1 * HOUR)),
    ];
    const b = [review(q1, 3, at(-DAY)), review(q2, 5, at(-3 * DAY)), review(q2, 1, at(-2 * HOUR))];
    const one = await ctx.learner();
    const two = await ctx.learner();
    await syncReviews(one, batch(one.id, a), NOW);
    await syncReviews(one, batch(one.id, b), NOW);
    await syncReviews(two, batch(two.id, b.slice(1)), NOW);
    await syncReviews(two, batch(two.id, a), NOW);
    await syncReviews(two, batch(two.id, b), NOW); // a retry of a batch partly applied before
    const s1 = await stored(one.id);
    const s2 = await stored(two.id);
    expect(s1.logs).toHaveLength(7);
    expect(s2).toEqual(s1);
    await expectStateIsTheReplay(one);
  });

  it("a retried batch changes nothing: every review is a duplicate, no row and no version moves", async () => {
    const user = await ctx.learner();
    const reviews = [review(ctx.q[0], 4, at(-HOUR)), review(ctx.q[1], 2, at(-30 * MIN))];
    const first = await syncReviews(user, batch(user.id, reviews), NOW);
    expect(first.results.map((r) => r.status)).toEqual(["applied", "applied"]);
    const before = await db.reviewState.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } });
    const again = await syncReviews(user, batch(user.id, reviews), at(MIN));
    expect(again.results.map((r) => r.status)).toEqual(["duplicate", "duplicate"]);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(2);
    expect(await db.reviewState.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } })).toEqual(before);
  });

  it("on-line reviews, drills and undo leave each card at the replay of its log; a sync between them too", async () => {
    const user = await ctx.learner();
    const q = ctx.q[0];
    const online = async (grade: number, when: Date) => {
      const s = await db.reviewState.findUnique({ where: { userId_questionId: { userId: user.id, questionId: q } } });
      return recordReview(
        user,
        { clientRequestId: requestId(), questionId: q, grade, expectedVersion: s?.version ?? 0 },
        when,
      );
    };
    await online(4, at(-5 * DAY));
    await online(2, at(-4 * DAY));
    await online(4, at(-4 * DAY + 10 * MIN)); // a same-day drill under SM-2, a short-term step under FSRS
    await online(3, at(-2 * DAY));
    await undoLastReview(user.id, at(-2 * DAY + MIN));
    await expectStateIsTheReplay(user);
    // Another device studied the card offline in between; its review lands in the middle of the log.
    const sync = await syncReviews(user, batch(user.id, [review(q, 5, at(-3 * DAY))]), NOW);
    expect(sync.results[0].status).toBe("applied");
    await expectStateIsTheReplay(user);
    await online(4, at(-HOUR));
    await expectStateIsTheReplay(user);
  });

  it("a tab holding the card from before the sync gets a 409; undo of a review the sync replayed under is refused", async () => {
    const user = await ctx.learner();
    const q = ctx.q[0];
    const first = await recordReview(
      user,
      { clientRequestId: requestId(), questionId: q, grade: 4, expectedVersion: 0 },
      at(-DAY),
    );
    await syncReviews(user, batch(user.id, [review(q, 1, at(-2 * DAY))]), NOW);
    const stale = await recordReview(
      user,
      { clientRequestId: requestId(), questionId: q, grade: 4, expectedVersion: first.state.version },
      NOW,
    ).catch((e: unknown) => e);
    expect(stale).toMatchObject({ code: "CONFLICT" });
    // The newest review by arrival sorts before the on-line one: undoing it would not restore a state the card had.
    await expect(undoLastReview(user.id, NOW)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("offline sync input", () => {
  let ctx: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    ctx = await setup();
  });

  it("refuses a review older than 30 days or later than sentAt with a 400 naming it; nothing is written", async () => {
    const user = await ctx.learner();
    signInAs(user);
    const body = batch(
      user.id,
      [
        review(ctx.q[0], 4, new Date(Date.now() - HOUR)),
        review(ctx.q[1], 4, new Date(Date.now() - 31 * DAY)),
        review(ctx.q[2], 4, new Date(Date.now() + HOUR)),
      ],
      new Date(),
    );
    const res = await call(syncPOST, { body });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(["reviews.1.reviewedAt", "reviews.2.reviewedAt"]);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
    const bad = await call(syncPOST, {
      body: { userId: user.id, sentAt: "yesterday", reviews: [{ ...body.reviews[0], grade: 9 }] },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["reviews.0.grade", "sentAt"]);
    expect(
      (await call(syncPOST, { body: { userId: user.id, sentAt: new Date().toISOString(), reviews: [] } })).status,
    ).toBe(400);
  });

  it("corrects a device clock that is hours off by sentAt, and never logs a review later than now", async () => {
    const user = await ctx.learner();
    const slow = 3 * HOUR; // the device's clock is three hours behind
    const res = await syncReviews(
      user,
      batch(user.id, [review(ctx.q[0], 4, at(-slow - 10 * MIN)), review(ctx.q[1], 4, at(-slow + 2 * MIN))], at(-slow)),
      NOW,
    );
    expect(res.results.map((r) => r.status)).toEqual(["applied", "applied"]);
    const logs = await db.reviewLog.findMany({ where: { userId: user.id }, orderBy: { reviewedAt: "asc" } });
    expect(logs.map((l) => l.reviewedAt.toISOString())).toEqual([at(-10 * MIN).toISOString(), NOW.toISOString()]);
  });

  it("rejects one by one: a card the learner cannot study, a request id used for another review; the rest applies", async () => {
    const user = await ctx.learner();
    const other = await ctx.learner();
    const draft = await makeDeck(ctx.owner.id, { status: "DRAFT", count: 1 });
    const used = requestId();
    await syncReviews(user, batch(user.id, [review(ctx.q[0], 4, at(-HOUR), used)]), NOW);
    // Another learner's ids are theirs: the same id is a new review for this one.
    const theirs = await syncReviews(other, batch(other.id, [review(ctx.q[0], 4, at(-HOUR), used)]), NOW);
    expect(theirs.results[0].status).toBe("applied");
    const res = await syncReviews(
      user,
      batch(user.id, [
        review(draft.questions[0].id, 4, at(-HOUR)),
        review(ctx.q[1], 3, at(-HOUR), used),
        review(ctx.q[2], 5, at(-HOUR)),
      ]),
      NOW,
    );
    expect(res.results.map((r) => r.status)).toEqual(["rejected", "rejected", "applied"]);
    expect(res.states.map((s) => s.questionId)).toEqual([ctx.q[2]]);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(2);
  });

  it("needs a session, and the account the reviews were made by", async () => {
    const user = await ctx.learner();
    const other = await ctx.learner();
    signInAs(null);
    const body = batch(user.id, [review(ctx.q[0], 4, new Date())], new Date());
    expect((await call(syncPOST, { body })).status).toBe(401);
    // Reviews another account made on this device are never applied to the one signed in now.
    signInAs(other);
    const res = await call(syncPOST, { body });
    expect(res.status).toBe(403);
    expect(res.body.error.fields.userId).toHaveLength(1);
    expect(await db.reviewLog.count({ where: { userId: { in: [user.id, other.id] } } })).toBe(0);
  });
});

describe("offline pack (what a reveal shows, kept for offline study)", () => {
  it("gives each studyable card's solution and explanation; a draft card and every question of an open quiz attempt are left out", async () => {
    const ctx = await setup();
    const user = await ctx.learner();
    const draft = await makeDeck(ctx.owner.id, { status: "DRAFT", count: 1 });
    const quizDeck = await makeDeck(ctx.owner.id, { count: 2 });
    const quiz = await db.quiz.create({
      data: { deckId: quizDeck.id, title: "Open", questionCount: 2, timeLimitSeconds: 600 },
    });
    await startAttempt(user.id, quiz.id, new Date());
    signInAs(user);
    const ids = [ctx.q[0], draft.questions[0].id, ...quizDeck.questions.map((q) => q.id)];
    const res = await call(packPOST, { body: { questionIds: ids } });
    expect(res.status).toBe(200);
    expect(res.body.cards).toEqual([
      {
        questionId: ctx.q[0],
        solution: expect.objectContaining({ type: "single" }),
        explanation: "Because 1.",
      },
    ]);
    const tooMany = await call(packPOST, { body: { questionIds: Array.from({ length: 201 }, (_, i) => `q${i}`) } });
    expect(tooMany.status).toBe(400);
    expect(Object.keys(tooMany.body.error.fields)).toEqual(["questionIds"]);
  });
});
