import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { snapshotOf } from "@/lib/srs/card-state";
import { sm2GradeToRating } from "@/lib/srs/fsrs/grades";
import { elapsedDays, fsrsRecall } from "@/lib/srs/fsrs/predict";
import { FSRS_DEFAULT_PARAMS, fsrsNext, newFsrsState, resolveFsrsParams } from "@/lib/srs/fsrs/scheduler";
import { getQueue } from "@/lib/srs/queue";
import { recordReview } from "@/lib/srs/reviews";
import { fsrsMemoryOf, previewFsrs } from "@/lib/srs/schedule-review";
import type { Grade } from "@/lib/srs/sm2";
import { undoLastReview } from "@/lib/srs/undo-review";
import { enroll, makeDeck, makeUser, requestId } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const { POST: reviewsPOST } = await import("@/app/api/v1/reviews/route");

const T0 = new Date("2026-06-10T08:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const MIN = 60_000;
const DAY = 86_400_000;
const PARAMS = resolveFsrsParams(FSRS_DEFAULT_PARAMS);

async function setup(scheduler: "SM2" | "FSRS") {
  const owner = await makeUser({ role: "INSTRUCTOR" });
  const made = await makeUser({ timeZone: "Europe/Berlin" });
  const learner = await db.user.update({ where: { id: made.id }, data: { scheduler } });
  const deck = await makeDeck(owner.id, { count: 3 });
  await enroll(learner.id, deck.id);
  return { learner, deck, q: deck.questions[0] };
}

const stateRow = (userId: string, questionId: string) =>
  db.reviewState.findUniqueOrThrow({ where: { userId_questionId: { userId, questionId } } });

describe("reviews under FSRS", () => {
  let ctx: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    ctx = await setup("FSRS");
  });

  const grade = async (g: Grade, when: Date, expectedVersion: number, questionId = ctx.q.id) =>
    recordReview(ctx.learner, { clientRequestId: requestId(), questionId, grade: g, expectedVersion }, when);

  it("every review, same-day steps included, sets dueAt to fsrsNext of the card's state and grade", async () => {
    const steps: [Grade, Date][] = [
      [4, T0],
      [4, at(10 * MIN)],
      [1, at(3 * DAY)],
      [3, at(3 * DAY + 10 * MIN)],
      [5, at(9 * DAY)],
    ];
    let version = 0;
    for (const [g, when] of steps) {
      const before =
        version === 0 ? newFsrsState(when) : fsrsMemoryOf(snapshotOf(await stateRow(ctx.learner.id, ctx.q.id)), when)!;
      const expected = fsrsNext(before, sm2GradeToRating(g), when, PARAMS);
      const res = await grade(g, when, version);
      version = res.state.version;
      expect(res.review.drill).toBe(false);
      expect(res.state.dueAt).toBe(expected.due.toISOString());
      const row = await stateRow(ctx.learner.id, ctx.q.id);
      expect(row.dueAt.toISOString()).toBe(expected.due.toISOString());
      expect(row.fsrsDueAt?.toISOString()).toBe(expected.due.toISOString());
      expect(row.fsrsStability).toBe(expected.state.stability);
      expect(row.fsrsDifficulty).toBe(expected.state.difficulty);
    }
    const logs = await db.reviewLog.findMany({ where: { userId: ctx.learner.id } });
    expect(logs.map((l) => [l.scheduler, l.drill])).toEqual(steps.map(() => ["FSRS", false]));
  });

  it("a same-day Again comes back in the queue as a drill (though due minutes ahead), with FSRS's previews", async () => {
    const res = await grade(1, T0, 0);
    // Again on a new card: FSRS's first learning step, one minute.
    expect(res.state.dueAt).toBe(at(MIN).toISOString());
    const memory = fsrsMemoryOf(snapshotOf(await stateRow(ctx.learner.id, ctx.q.id)), T0)!;
    expect(res.next).toEqual(previewFsrs(memory, T0, PARAMS, "Europe/Berlin"));
    expect(res.next.map((n) => n.again)).toEqual([true, true, true, true, true, false]);

    const later = at(20 * 1000);
    const queue = await getQueue(ctx.learner, later);
    const drills = queue.cards.filter((c) => c.kind === "drill");
    expect(drills.map((c) => c.question.id)).toEqual([ctx.q.id]);
    expect(queue.cards.filter((c) => c.question.id === ctx.q.id)).toHaveLength(1);
    expect(queue.counts.drill).toBe(1);
    expect(drills[0].next).toEqual(previewFsrs(memory, later, PARAMS, "Europe/Berlin"));
    // Grades 0–2 map to Again, 3 Hard, 4 Good, 5 Easy.
    expect(drills[0].next[0].dueAt).toBe(drills[0].next[2].dueAt);
    expect(drills[0].next[3].dueAt).not.toBe(drills[0].next[2].dueAt);
  });

  it("a new card graded Good is in FSRS's 10-minute learning step, so it comes back today (SM-2 would not drill it)", async () => {
    const res = await grade(4, T0, 0);
    expect(res.state.dueAt).toBe(at(10 * MIN).toISOString());
    const queue = await getQueue(ctx.learner, at(MIN));
    expect(queue.cards.filter((c) => c.kind === "drill").map((c) => c.question.id)).toEqual([ctx.q.id]);
  });

  it("a card graded Good out of its learning steps is not a drill", async () => {
    const first = await grade(4, T0, 0);
    await grade(4, at(10 * MIN), first.state.version);
    const queue = await getQueue(ctx.learner, at(11 * MIN));
    expect(queue.cards.find((c) => c.question.id === ctx.q.id)).toBeUndefined();
    // Its learning step was a review of a card already counted today: one off the daily limit, not two.
    expect(queue.counts).toMatchObject({ doneToday: 1, newToday: 1, remainingToday: 199 });
  });

  it("logs FSRS's forgetting curve as predictedR, null on the first review", async () => {
    const first = await grade(4, T0, 0);
    const second = await grade(4, at(10 * MIN), first.state.version);
    const row = await stateRow(ctx.learner.id, ctx.q.id);
    const when = at(4.25 * DAY);
    await grade(4, when, second.state.version);
    const logs = await db.reviewLog.findMany({ where: { userId: ctx.learner.id }, orderBy: { id: "asc" } });
    expect(logs[0].predictedR).toBeNull();
    expect(logs[2].predictedR).toBeCloseTo(
      fsrsRecall(elapsedDays(row.fsrsLastReviewedAt!, when), row.fsrsStability!, PARAMS.w),
      12,
    );
    expect(logs[2].predictedR!).toBeLessThan(1);
  });

  it("undo restores the exact previous state, FSRS fields included", async () => {
    const first = await grade(4, T0, 0);
    const between = await stateRow(ctx.learner.id, ctx.q.id);
    await grade(1, at(2 * DAY), first.state.version);
    const undone = await undoLastReview(ctx.learner.id, at(2 * DAY + MIN));
    const restored = await stateRow(ctx.learner.id, ctx.q.id);
    const { version: _v1, updatedAt: _u1, ...was } = between;
    const { version, updatedAt: _u2, ...now } = restored;
    expect(now).toEqual(was);
    expect(version).toBe(between.version + 2);
    expect(undone.state.dueAt).toBe(between.dueAt.toISOString());
  });

  it("two tabs grading a card that has a state: one 201, one 409 with the fresh state", async () => {
    const first = await grade(4, T0, 0);
    signInAs(ctx.learner);
    const send = () =>
      call(reviewsPOST, {
        body: { clientRequestId: requestId(), questionId: ctx.q.id, grade: 4, expectedVersion: first.state.version },
      });
    const results = await Promise.all([send(), send()]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const lost = results.find((r) => r.status === 409)!;
    const row = await stateRow(ctx.learner.id, ctx.q.id);
    expect(lost.body.error.details.state.version).toBe(row.version);
    expect(await db.reviewLog.count({ where: { userId: ctx.learner.id } })).toBe(2);
  });

  it("the same clientRequestId twice schedules once and answers alike, next included", async () => {
    const input = { clientRequestId: requestId(), questionId: ctx.q.id, grade: 2, expectedVersion: 0 };
    const a = await recordReview(ctx.learner, input, T0);
    const b = await recordReview(ctx.learner, input, T0);
    expect(b.replayed).toBe(true);
    expect(b.state).toEqual(a.state);
    expect(b.next).toEqual(a.next);
    expect(await db.reviewLog.count({ where: { userId: ctx.learner.id } })).toBe(1);
    expect((await stateRow(ctx.learner.id, ctx.q.id)).version).toBe(1);
  });
});

describe("reviews under SM-2 keep FSRS's state beside them", () => {
  it("logs 0.9^(t/I) as predictedR: 3.5 days after a 6-day interval → 0.9^(3.5/6); null on the first review", async () => {
    const ctx = await setup("SM2");
    const a = await recordReview(
      ctx.learner,
      { clientRequestId: requestId(), questionId: ctx.q.id, grade: 5, expectedVersion: 0 },
      T0,
    );
    const b = await recordReview(
      ctx.learner,
      { clientRequestId: requestId(), questionId: ctx.q.id, grade: 5, expectedVersion: a.state.version },
      at(DAY),
    );
    expect(b.state.intervalDays).toBe(6);
    await recordReview(
      ctx.learner,
      { clientRequestId: requestId(), questionId: ctx.q.id, grade: 4, expectedVersion: b.state.version },
      at(DAY + 3.5 * DAY),
    );
    const logs = await db.reviewLog.findMany({ where: { userId: ctx.learner.id }, orderBy: { id: "asc" } });
    expect(logs.map((l) => l.predictedR)).toEqual([null, 0.9, Math.pow(0.9, 3.5 / 6)]);
    expect(logs.map((l) => l.scheduler)).toEqual(["SM2", "SM2", "SM2"]);
  });

  it("a same-day drill stays an SM-2 drill (due date kept) while FSRS's state moves on", async () => {
    const ctx = await setup("SM2");
    const a = await recordReview(
      ctx.learner,
      { clientRequestId: requestId(), questionId: ctx.q.id, grade: 1, expectedVersion: 0 },
      T0,
    );
    const afterFirst = await stateRow(ctx.learner.id, ctx.q.id);
    const b = await recordReview(
      ctx.learner,
      { clientRequestId: requestId(), questionId: ctx.q.id, grade: 4, expectedVersion: a.state.version },
      at(5 * MIN),
    );
    expect(b.review.drill).toBe(true);
    expect(b.state.dueAt).toBe(a.state.dueAt);
    expect(b.next.every((n) => n.dueAt === a.state.dueAt)).toBe(true);
    const row = await stateRow(ctx.learner.id, ctx.q.id);
    expect(row.fsrsLastReviewedAt?.toISOString()).toBe(at(5 * MIN).toISOString());
    expect(row.fsrsStability).not.toBe(afterFirst.fsrsStability);
  });

  it("a log written before FSRS (no FSRS fields in its snapshots) still undoes", async () => {
    const ctx = await setup("SM2");
    const a = await recordReview(
      ctx.learner,
      { clientRequestId: requestId(), questionId: ctx.q.id, grade: 5, expectedVersion: 0 },
      T0,
    );
    await recordReview(
      ctx.learner,
      { clientRequestId: requestId(), questionId: ctx.q.id, grade: 4, expectedVersion: a.state.version },
      at(DAY),
    );
    // Make the history look pre-FSRS: snapshots without FSRS keys, state without FSRS columns.
    const strip = (json: unknown) =>
      Object.fromEntries(
        Object.entries(json as Record<string, unknown>).filter(([k]) => !k.startsWith("fsrs")),
      ) as Prisma.InputJsonObject;
    for (const log of await db.reviewLog.findMany({ where: { userId: ctx.learner.id } }))
      await db.reviewLog.update({
        where: { id: log.id },
        data: { before: strip(log.before), after: strip(log.after) },
      });
    await db.reviewState.updateMany({
      where: { userId: ctx.learner.id },
      data: {
        fsrsStability: null,
        fsrsDifficulty: null,
        fsrsPhase: null,
        fsrsStep: null,
        fsrsDueAt: null,
        fsrsLastReviewedAt: null,
      },
    });
    const undone = await undoLastReview(ctx.learner.id, at(DAY + MIN));
    expect(undone.state).toMatchObject({ repetitions: 1, intervalDays: 1, dueAt: a.state.dueAt });
    const row = await stateRow(ctx.learner.id, ctx.q.id);
    expect(row).toMatchObject({ repetitions: 1, fsrsStability: null, fsrsPhase: null, fsrsDueAt: null });
  });
});
