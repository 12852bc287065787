import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { recordReview } from "@/lib/srs/reviews";
import type { Grade } from "@/lib/srs/sm2";
import { undoLastReview } from "@/lib/srs/undo-review";
import { enroll, makeDeck, makeUser, requestId } from "@/tests/helpers/factories";

const DAY1 = new Date("2026-06-10T09:00:00Z");
const DAY2 = new Date("2026-06-11T09:00:00Z");
const DAY3 = new Date("2026-06-12T09:00:00Z");

async function setup() {
  const owner = await makeUser({ role: "INSTRUCTOR" });
  const learner = await makeUser({ timeZone: "Europe/Berlin" });
  const deck = await makeDeck(owner.id, { count: 3 });
  await enroll(learner.id, deck.id);
  return { learner, deck, q: deck.questions[0].id, q2: deck.questions[1].id };
}

const grade = (user: { id: string; timeZone: string }, questionId: string, g: Grade, at: Date, v: number) =>
  recordReview(user, { clientRequestId: requestId(), questionId, grade: g, expectedVersion: v }, at);

/** Every column a learner's schedule is made of, as stored. */
const stored = async (userId: string, questionId: string) => {
  const row = await db.reviewState.findUnique({ where: { userId_questionId: { userId, questionId } } });
  if (!row) return null;
  const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = row;
  return fields;
};

const undoError = async (userId: string) => {
  const err = await undoLastReview(userId, DAY3).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
};

/** Resolves once some statement in this test's database waits on a row lock. */
async function untilSomeoneWaitsOnALock() {
  for (let i = 0; i < 400; i++) {
    const [{ n }] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (n > 0) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("nothing ever waited on the lock");
}

describe("undo restores exactly what was there", () => {
  let ctx: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    ctx = await setup();
  });

  it("every stored field, SM-2 and FSRS alike, is back as it was before the undone review; only the version moves on", async () => {
    const r1 = await grade(ctx.learner, ctx.q, 5, DAY1, 0);
    const r2 = await grade(ctx.learner, ctx.q, 4, DAY2, r1.state.version);
    const beforeThird = await stored(ctx.learner.id, ctx.q);
    expect(beforeThird?.fsrsStability).not.toBeNull();
    const fields = [
      "repetitions",
      "easinessE4",
      "intervalDays",
      "dueAt",
      "lapses",
      "reviewCount",
      "lastReviewedAt",
      "fsrsStability",
      "fsrsDifficulty",
      "fsrsDueAt",
      "fsrsLastReviewedAt",
    ] as const;
    const moved = new Set<string>();
    let r3: Awaited<ReturnType<typeof grade>> | undefined;
    // A lapse (1) and a hard pass (3) between them move every schedule field, so a field restored wrongly shows.
    for (const g of [1, 3] as const) {
      const v = (await stored(ctx.learner.id, ctx.q))!.version;
      r3 = await grade(ctx.learner, ctx.q, g, DAY3, v);
      const afterThird = await stored(ctx.learner.id, ctx.q);
      for (const key of fields) if (afterThird?.[key]?.valueOf() !== beforeThird?.[key]?.valueOf()) moved.add(key);
      const undone = await undoLastReview(ctx.learner.id, DAY3);
      expect(undone.undone).toEqual({ id: r3.review.id, questionId: ctx.q, grade: g, drill: false });
      expect(await stored(ctx.learner.id, ctx.q)).toEqual({ ...beforeThird, version: r3.state.version + 1 });
      expect(undone.state).toEqual({ ...r2.state, version: r3.state.version + 1 });
      beforeThird!.version = r3.state.version + 1;
    }
    expect([...moved].sort()).toEqual([...fields].sort());
    const log = await db.reviewLog.findFirstOrThrow({ where: { id: BigInt(r3!.review.id) } });
    expect(log.undoneAt).toEqual(DAY3);
  });

  it("leaves the learner's other cards and other learners' cards alone", async () => {
    const other = await makeUser({ timeZone: "Europe/Berlin" });
    await enroll(other.id, ctx.deck.id);
    const o1 = await grade(other, ctx.q, 5, DAY1, 0);
    await grade(other, ctx.q, 2, DAY2, o1.state.version);
    await grade(ctx.learner, ctx.q2, 3, DAY1, 0);
    const r1 = await grade(ctx.learner, ctx.q, 5, DAY1, 0);
    await grade(ctx.learner, ctx.q, 1, DAY2, r1.state.version);
    const untouched = [await stored(other.id, ctx.q), await stored(ctx.learner.id, ctx.q2)];

    await undoLastReview(ctx.learner.id, DAY2);
    expect([await stored(other.id, ctx.q), await stored(ctx.learner.id, ctx.q2)]).toEqual(untouched);
    expect(await db.reviewLog.count({ where: { userId: other.id, undoneAt: null } })).toBe(2);
  });

  it("undoes only the learner's newest review not yet undone, one per call, newest first", async () => {
    const other = await makeUser();
    await enroll(other.id, ctx.deck.id);
    const a = await grade(ctx.learner, ctx.q, 4, DAY1, 0);
    const b = await grade(ctx.learner, ctx.q2, 2, DAY1, 0);
    const drill = await grade(ctx.learner, ctx.q2, 5, new Date(DAY1.getTime() + 60_000), b.state.version);
    await grade(other, ctx.q, 5, DAY2, 0); // newer, but someone else's

    expect((await undoLastReview(ctx.learner.id, DAY2)).undone).toEqual({
      id: drill.review.id,
      questionId: ctx.q2,
      grade: 5,
      drill: true,
    });
    expect((await undoLastReview(ctx.learner.id, DAY2)).undone).toMatchObject({ id: b.review.id, grade: 2 });
    expect(await stored(ctx.learner.id, ctx.q2)).toBeNull();
    expect((await undoLastReview(ctx.learner.id, DAY2)).undone).toMatchObject({ id: a.review.id, questionId: ctx.q });
    const err = await undoError(ctx.learner.id);
    expect(err.code).toBe("NOT_FOUND");
    expect(await db.reviewLog.count({ where: { userId: other.id, undoneAt: null } })).toBe(1);
    expect(await db.reviewLog.count({ where: { userId: ctx.learner.id, undoneAt: null } })).toBe(0);
  });

  it("undoing a first review deletes the state: the card is new again", async () => {
    const r1 = await grade(ctx.learner, ctx.q, 4, DAY1, 0);
    const res = await undoLastReview(ctx.learner.id, DAY1);
    expect(res.undone).toEqual({ id: r1.review.id, questionId: ctx.q, grade: 4, drill: false });
    expect(res.state).toMatchObject({ isNew: true, version: 0, repetitions: 0, dueAt: null, lastReviewedAt: null });
    expect(await stored(ctx.learner.id, ctx.q)).toBeNull();
    // Grading it again starts from new (version 0), as for a card never seen.
    const again = await grade(ctx.learner, ctx.q, 4, DAY1, 0);
    expect(again.state).toMatchObject({ version: 1, repetitions: 1, isNew: false });
  });
});

describe("undo refuses when the card moved on since that review", () => {
  let ctx: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    ctx = await setup();
  });

  const changes: [string, Prisma.ReviewStateUpdateManyMutationInput][] = [
    ["repetitions", { repetitions: { increment: 1 } }],
    ["easinessE4", { easinessE4: { increment: 100 } }],
    ["intervalDays", { intervalDays: { increment: 1 } }],
    ["dueAt", { dueAt: new Date("2026-07-01T00:00:00Z") }],
    ["lapses", { lapses: { increment: 1 } }],
    ["reviewCount", { reviewCount: { increment: 1 } }],
    ["lastReviewedAt", { lastReviewedAt: new Date("2026-06-11T10:00:00Z") }],
    ["fsrsStability", { fsrsStability: { multiply: 2 } }],
    ["fsrsDifficulty", { fsrsDifficulty: { multiply: 0.5 } }],
    ["fsrsPhase", { fsrsPhase: 3 }],
    ["fsrsStep", { fsrsStep: 7 }],
    ["fsrsDueAt", { fsrsDueAt: new Date("2026-07-02T00:00:00Z") }],
    ["fsrsLastReviewedAt", { fsrsLastReviewedAt: new Date("2026-06-11T10:00:00Z") }],
  ];

  it.each(changes)("a changed %s → 409 CONFLICT with the current state; nothing is undone", async (_f, data) => {
    const r1 = await grade(ctx.learner, ctx.q, 5, DAY1, 0);
    await grade(ctx.learner, ctx.q, 4, DAY2, r1.state.version);
    await db.reviewState.updateMany({ where: { userId: ctx.learner.id, questionId: ctx.q }, data });
    const moved = await stored(ctx.learner.id, ctx.q);

    const err = await undoError(ctx.learner.id);
    expect(err.code).toBe("CONFLICT");
    const details = err.extra.details as { state: { questionId: string; version: number; dueAt: string } };
    expect(details.state).toMatchObject({
      questionId: ctx.q,
      version: moved!.version,
      dueAt: moved!.dueAt.toISOString(),
    });
    expect(await stored(ctx.learner.id, ctx.q)).toEqual(moved);
    expect(await db.reviewLog.count({ where: { userId: ctx.learner.id, undoneAt: null } })).toBe(2);
  });

  it("a state deleted since (the card was reset) → 409 CONFLICT showing it new; the log stays", async () => {
    await grade(ctx.learner, ctx.q, 5, DAY1, 0);
    await db.reviewState.deleteMany({ where: { userId: ctx.learner.id } });
    const err = await undoError(ctx.learner.id);
    expect(err.code).toBe("CONFLICT");
    expect((err.extra.details as { state: unknown }).state).toMatchObject({ questionId: ctx.q, isNew: true });
    expect(await db.reviewLog.count({ where: { userId: ctx.learner.id, undoneAt: null } })).toBe(1);
  });

  it("a write landing between undo's read and its update → 409 CONFLICT, the log is not marked undone", async () => {
    const r1 = await grade(ctx.learner, ctx.q, 5, DAY1, 0);
    const r2 = await grade(ctx.learner, ctx.q, 4, DAY2, r1.state.version);
    let undo: Promise<unknown> | undefined;
    await db.$transaction(
      async (tx) => {
        // Holds the row lock with a bumped version; the undo reads the old committed row and then waits.
        await tx.reviewState.updateMany({
          where: { userId: ctx.learner.id, questionId: ctx.q },
          data: { version: { increment: 1 } },
        });
        undo = undoLastReview(ctx.learner.id, DAY3).catch((e: unknown) => e);
        await untilSomeoneWaitsOnALock();
      },
      { timeout: 20_000 },
    );
    const err = await undo;
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("CONFLICT");
    expect(await db.reviewLog.count({ where: { userId: ctx.learner.id, undoneAt: null } })).toBe(2);
    expect(await stored(ctx.learner.id, ctx.q)).toMatchObject({
      version: r2.state.version + 1,
      repetitions: r2.state.repetitions,
    });
  });
});
