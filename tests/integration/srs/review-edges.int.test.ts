import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { textId } from "@/lib/questions/ids";
import { NEW_SNAPSHOT, type StateSnapshot } from "@/lib/srs/card-state";
import { recordReview } from "@/lib/srs/reviews";
import type { Grade } from "@/lib/srs/sm2";
import { enroll, makeDeck, makeUser, requestId } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const { POST: reviewsPOST } = await import("@/app/api/v1/reviews/route");

const NOW = new Date("2026-06-10T12:00:00Z");

async function setup() {
  const owner = await makeUser({ role: "INSTRUCTOR" });
  const learner = await makeUser({ timeZone: "Europe/Berlin" });
  const deck = await makeDeck(owner.id, { count: 2 });
  await enroll(learner.id, deck.id);
  return { learner, q: deck.questions[0].id, q2: deck.questions[1].id };
}

const counts = async (userId: string) => ({
  logs: await db.reviewLog.count({ where: { userId } }),
  states: await db.reviewState.count({ where: { userId } }),
});

const failure = async (p: Promise<unknown>) => {
  const err = await p.catch((e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
};

/** Resolves once some statement in this test's database waits on a lock. */
async function untilSomeoneWaitsOnALock() {
  for (let i = 0; i < 400; i++) {
    const [{ n }] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (n > 0) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("nothing ever waited on the lock");
}

/**
 * Runs `write` in a transaction that stays open until `request` is blocked on its rows, then
 * commits: the request read the database before the write and lands after it.
 */
async function landsUnder<T>(write: (tx: Prisma.TransactionClient) => Promise<unknown>, request: () => Promise<T>) {
  let pending: Promise<unknown> | undefined;
  await db.$transaction(
    async (tx) => {
      await write(tx);
      pending = request().catch((e: unknown) => e);
      await untilSomeoneWaitsOnALock();
    },
    { timeout: 20_000 },
  );
  return pending!;
}

const snapshot = (over: Partial<StateSnapshot>): StateSnapshot => ({
  ...NEW_SNAPSHOT,
  isNew: false,
  repetitions: 1,
  intervalDays: 1,
  dueAt: "2026-06-11T02:00:00.000Z",
  reviewCount: 1,
  lastReviewedAt: NOW.toISOString(),
  version: 1,
  ...over,
});

const json = (s: StateSnapshot) => ({ ...s }) as unknown as Prisma.InputJsonObject;

describe("recordReview edges", () => {
  let ctx: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    ctx = await setup();
  });

  const grade = (g: Grade, expectedVersion: number, at = NOW, questionId = ctx.q) =>
    recordReview(ctx.learner, { clientRequestId: requestId(), questionId, grade: g, expectedVersion }, at);

  it.each<[string, { grade?: number; otherCard?: boolean }]>([
    ["the same card with another grade", { grade: 3 }],
    ["another card with the same grade", { otherCard: true }],
  ])("a clientRequestId replayed for %s → 409 naming clientRequestId, nothing written", async (_what, patch) => {
    const clientRequestId = requestId();
    signInAs(ctx.learner);
    const body = { clientRequestId, questionId: ctx.q, grade: 4, expectedVersion: 0 };
    expect((await call(reviewsPOST, { body })).status).toBe(201);
    const again = { ...body, grade: patch.grade ?? body.grade, questionId: patch.otherCard ? ctx.q2 : ctx.q };
    const res = await call(reviewsPOST, { body: again });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("CONFLICT");
    expect(res.body.error.fields.clientRequestId).toHaveLength(1);
    expect(await counts(ctx.learner.id)).toEqual({ logs: 1, states: 1 });
  });

  it("a card's second review is a fresh review, not a replay", async () => {
    const first = await grade(5, 0);
    const second = await grade(4, first.state.version, new Date("2026-06-11T12:00:00Z"));
    expect(second.replayed).toBe(false);
    expect(second.review.id).not.toBe(first.review.id);
    expect(second.state).toMatchObject({ version: 2, repetitions: 2 });
  });

  it("a drill moves the version on (so a stale tab is refused) but not the schedule", async () => {
    const first = await grade(2, 0);
    const drill = await grade(5, first.state.version, new Date(NOW.getTime() + 60_000));
    expect(drill.review.drill).toBe(true);
    expect(drill.state.version).toBe(first.state.version + 1);
    const row = await db.reviewState.findFirstOrThrow({ where: { userId: ctx.learner.id } });
    expect(row.version).toBe(first.state.version + 1);
    const stale = await failure(grade(5, first.state.version, new Date(NOW.getTime() + 120_000)));
    expect(stale.code).toBe("CONFLICT");
  });

  it("a card first reviewed at exactly 04:00 local is a drill when graded again that study day", async () => {
    const dayStart = new Date("2026-06-10T02:00:00Z"); // 04:00 in Berlin (UTC+2)
    const first = await grade(4, 0, dayStart);
    const again = await grade(4, first.state.version, new Date(dayStart.getTime() + 10 * 60_000));
    expect(again.review.drill).toBe(true);
    expect(again.state.dueAt).toBe(first.state.dueAt);
  });

  it("stores the answer time the client sent", async () => {
    await recordReview(
      ctx.learner,
      { clientRequestId: requestId(), questionId: ctx.q, grade: 4, expectedVersion: 0, durationMs: 8_250 },
      NOW,
    );
    const log = await db.reviewLog.findFirstOrThrow({ where: { userId: ctx.learner.id } });
    expect(log.durationMs).toBe(8_250);
  });

  it("a wrong answer caps the grade at 2: 3 is refused naming grade; a right answer takes 5", async () => {
    signInAs(ctx.learner);
    const wrong = { choice: textId("o", "wrong 1") };
    const body = { clientRequestId: requestId(), questionId: ctx.q, grade: 3, expectedVersion: 0, answer: wrong };
    const res = await call(reviewsPOST, { body });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("BAD_REQUEST");
    expect(Object.keys(res.body.error.fields)).toEqual(["grade"]);
    expect(await counts(ctx.learner.id)).toEqual({ logs: 0, states: 0 });
    const right = { choice: textId("o", "right 1") };
    const ok = await call(reviewsPOST, { body: { ...body, clientRequestId: requestId(), grade: 5, answer: right } });
    expect(ok.status).toBe(201);
    expect(ok.body.review.correct).toBe(true);
  });

  it("an unknown card is NOT_FOUND", async () => {
    const err = await failure(grade(4, 0, NOW, "no-such-card"));
    expect(err.code).toBe("NOT_FOUND");
  });
});

describe("recordReview when another write lands between its read and its write", () => {
  let ctx: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    ctx = await setup();
  });

  /** What a first request with this id wrote, as one transaction. */
  const firstRequest = (clientRequestId: string, questionId: string, g: number, withState = true) => {
    const after = snapshot({});
    return async (tx: Prisma.TransactionClient) => {
      if (withState) {
        await tx.reviewState.create({
          data: {
            userId: ctx.learner.id,
            questionId,
            repetitions: 1,
            intervalDays: 1,
            dueAt: new Date(after.dueAt!),
            reviewCount: 1,
            lastReviewedAt: NOW,
            version: 1,
          },
        });
      }
      await tx.reviewLog.create({
        data: {
          userId: ctx.learner.id,
          questionId,
          clientRequestId,
          grade: g,
          before: json(NEW_SNAPSHOT),
          after: json(after),
          reviewedAt: NOW,
        },
      });
    };
  };

  it("a copy of the same first request that landed first is answered as a replay of it", async () => {
    const clientRequestId = requestId();
    const res = await landsUnder(firstRequest(clientRequestId, ctx.q, 4), () =>
      recordReview(ctx.learner, { clientRequestId, questionId: ctx.q, grade: 4, expectedVersion: 0 }, NOW),
    );
    expect(res).not.toBeInstanceOf(Error);
    const log = await db.reviewLog.findFirstOrThrow({ where: { userId: ctx.learner.id } });
    expect(res).toMatchObject({ replayed: true, review: { id: String(log.id), grade: 4 }, state: { version: 1 } });
    expect(await counts(ctx.learner.id)).toEqual({ logs: 1, states: 1 });
  });

  it("a first request with the same id but another grade that landed first → 409 naming clientRequestId", async () => {
    const clientRequestId = requestId();
    const err = await landsUnder(firstRequest(clientRequestId, ctx.q, 5), () =>
      recordReview(ctx.learner, { clientRequestId, questionId: ctx.q, grade: 4, expectedVersion: 0 }, NOW),
    );
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("CONFLICT");
    expect((err as AppError).extra.fields).toEqual({ clientRequestId: [expect.any(String)] });
    expect(await counts(ctx.learner.id)).toEqual({ logs: 1, states: 1 });
  });

  it("the same id used at once for another card → 409 naming clientRequestId; this card keeps no state", async () => {
    const clientRequestId = requestId();
    const err = await landsUnder(firstRequest(clientRequestId, ctx.q2, 4, false), () =>
      recordReview(ctx.learner, { clientRequestId, questionId: ctx.q, grade: 4, expectedVersion: 0 }, NOW),
    );
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("CONFLICT");
    expect((err as AppError).extra.fields).toEqual({ clientRequestId: [expect.any(String)] });
    expect(await db.reviewState.count({ where: { userId: ctx.learner.id, questionId: ctx.q } })).toBe(0);
    expect(await db.reviewLog.count({ where: { userId: ctx.learner.id, questionId: ctx.q } })).toBe(0);
  });

  it("another grade of the card that landed first → 409 carrying the card's new state; nothing written", async () => {
    const first = await recordReview(
      ctx.learner,
      { clientRequestId: requestId(), questionId: ctx.q, grade: 5, expectedVersion: 0 },
      NOW,
    );
    const later = new Date("2026-06-11T12:00:00Z");
    const err = await landsUnder(
      async (tx) => {
        await tx.reviewState.updateMany({
          where: { userId: ctx.learner.id, questionId: ctx.q },
          data: { version: 2, repetitions: 2, intervalDays: 6, reviewCount: 2, lastReviewedAt: later },
        });
        await tx.reviewLog.create({
          data: {
            userId: ctx.learner.id,
            questionId: ctx.q,
            clientRequestId: requestId(),
            grade: 4,
            before: json(snapshot({})),
            after: json(snapshot({ version: 2, repetitions: 2, intervalDays: 6, reviewCount: 2 })),
            reviewedAt: later,
          },
        });
      },
      () =>
        recordReview(
          ctx.learner,
          { clientRequestId: requestId(), questionId: ctx.q, grade: 3, expectedVersion: first.state.version },
          later,
        ),
    );
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("CONFLICT");
    expect((err as AppError).extra.details).toEqual({
      state: expect.objectContaining({ questionId: ctx.q, version: 2, repetitions: 2, intervalDays: 6 }),
    });
    expect(await counts(ctx.learner.id)).toEqual({ logs: 2, states: 1 });
  });
});
