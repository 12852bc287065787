import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { textId } from "@/lib/questions/ids";
import { recordReview } from "@/lib/srs/reviews";
import { undoLastReview } from "@/lib/srs/undo-review";
import { makeDeck, makeUser, requestId } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const { POST: reviewsPOST } = await import("@/app/api/v1/reviews/route");
const { POST: undoPOST } = await import("@/app/api/v1/reviews/undo/route");

const NOW = new Date("2026-06-10T12:00:00Z");

async function setup() {
  const owner = await makeUser({ role: "INSTRUCTOR" });
  const learner = await makeUser({ timeZone: "Europe/Berlin" });
  const deck = await makeDeck(owner.id, { count: 2 });
  return { owner, learner, deck, q: deck.questions[0] };
}

const counts = async (userId: string) => ({
  logs: await db.reviewLog.count({ where: { userId } }),
  states: await db.reviewState.count({ where: { userId } }),
});

describe("recordReview", () => {
  let ctx: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    ctx = await setup();
  });

  it("first review creates state and log together, due at 04:00 local the next study day", async () => {
    const res = await recordReview(
      ctx.learner,
      { clientRequestId: requestId(), questionId: ctx.q.id, grade: 4, expectedVersion: 0 },
      NOW,
    );
    expect(res.replayed).toBe(false);
    expect(res.state).toMatchObject({
      isNew: false,
      repetitions: 1,
      intervalDays: 1,
      easiness: 2.5,
      version: 1,
      lapses: 0,
    });
    // Berlin is UTC+2 in June: 04:00 local on 2026-06-11 is 02:00Z
    expect(res.state.dueAt).toBe("2026-06-11T02:00:00.000Z");
    expect(await counts(ctx.learner.id)).toEqual({ logs: 1, states: 1 });
  });

  it("the same client request id twice returns the first result and schedules once", async () => {
    const input = { clientRequestId: requestId(), questionId: ctx.q.id, grade: 5 as const, expectedVersion: 0 };
    const first = await recordReview(ctx.learner, input, NOW);
    const again = await recordReview(ctx.learner, input, new Date(NOW.getTime() + 60_000));
    expect(again.replayed).toBe(true);
    expect(again.review).toEqual(first.review);
    expect(again.state).toEqual(first.state);
    expect(await counts(ctx.learner.id)).toEqual({ logs: 1, states: 1 });
  });

  it("the same request sent 5 times at once (a retrying client) schedules once and answers all 5 alike", async () => {
    const input = { clientRequestId: requestId(), questionId: ctx.q.id, grade: 4 as const, expectedVersion: 0 };
    const results = await Promise.all(Array.from({ length: 5 }, () => recordReview(ctx.learner, input, NOW)));
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    for (const r of results) expect(r.review.id).toBe(results[0].review.id);
    expect(await counts(ctx.learner.id)).toEqual({ logs: 1, states: 1 });
  });

  it("20 parallel grades of one card: exactly one applies, the others get 409 with the fresh state", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        recordReview(
          ctx.learner,
          { clientRequestId: requestId(), questionId: ctx.q.id, grade: 4, expectedVersion: 0 },
          NOW,
        ),
      ),
    );
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(19);
    for (const f of failed) {
      expect(f.reason).toBeInstanceOf(AppError);
      expect((f.reason as AppError).code).toBe("CONFLICT");
    }
    const withState = failed
      .map((f) => (f.reason as AppError).extra.details as { state?: { version: number } } | undefined)
      .filter((d) => d?.state);
    expect(withState.length).toBeGreaterThan(0);
    expect(await counts(ctx.learner.id)).toEqual({ logs: 1, states: 1 });
    const state = await db.reviewState.findFirstOrThrow({ where: { userId: ctx.learner.id } });
    expect(state).toMatchObject({ version: 1, repetitions: 1 });
  });

  it("two tabs grading a card that already has a state: one applies, the other gets 409, the schedule moves once", async () => {
    const first = await recordReview(
      ctx.learner,
      { clientRequestId: requestId(), questionId: ctx.q.id, grade: 5, expectedVersion: 0 },
      NOW,
    );
    const nextDay = new Date(NOW.getTime() + 86400_000);
    // Both tabs saw version 1; only the version check in the state+log statement keeps one of them out.
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        recordReview(
          ctx.learner,
          { clientRequestId: requestId(), questionId: ctx.q.id, grade: 4, expectedVersion: first.state.version },
          nextDay,
        ),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(failed).toHaveLength(19);
    for (const f of failed) expect((f.reason as AppError).code).toBe("CONFLICT");
    expect(await counts(ctx.learner.id)).toEqual({ logs: 2, states: 1 });
    const state = await db.reviewState.findFirstOrThrow({ where: { userId: ctx.learner.id } });
    expect(state).toMatchObject({ version: 2, repetitions: 2, intervalDays: 6, reviewCount: 2 });
  });

  it("a stale version is a 409 carrying the current state, and nothing is written", async () => {
    await recordReview(
      ctx.learner,
      { clientRequestId: requestId(), questionId: ctx.q.id, grade: 4, expectedVersion: 0 },
      NOW,
    );
    signInAs(ctx.learner);
    const res = await call(reviewsPOST, {
      body: { clientRequestId: requestId(), questionId: ctx.q.id, grade: 3, expectedVersion: 0 },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("CONFLICT");
    expect(res.body.error.details.state).toMatchObject({ version: 1, repetitions: 1 });
    expect(await counts(ctx.learner.id)).toEqual({ logs: 1, states: 1 });
  });

  it("a card graded again the same study day is a drill: logged, schedule unchanged", async () => {
    const first = await recordReview(
      ctx.learner,
      { clientRequestId: requestId(), questionId: ctx.q.id, grade: 2, expectedVersion: 0 },
      NOW,
    );
    const drill = await recordReview(
      ctx.learner,
      { clientRequestId: requestId(), questionId: ctx.q.id, grade: 5, expectedVersion: 1 },
      new Date(NOW.getTime() + 5 * 60_000),
    );
    expect(drill.review.drill).toBe(true);
    expect({ ...drill.state, version: 0 }).toEqual({ ...first.state, version: 0 });
    expect(await counts(ctx.learner.id)).toEqual({ logs: 2, states: 1 });
  });

  it("undo restores the exact previous state (and a first review back to new)", async () => {
    const r1 = await recordReview(
      ctx.learner,
      { clientRequestId: requestId(), questionId: ctx.q.id, grade: 5, expectedVersion: 0 },
      NOW,
    );
    const tomorrow = new Date("2026-06-11T12:00:00Z");
    await recordReview(
      ctx.learner,
      { clientRequestId: requestId(), questionId: ctx.q.id, grade: 1, expectedVersion: r1.state.version },
      tomorrow,
    );
    const undone = await undoLastReview(ctx.learner.id, tomorrow);
    expect(undone.state).toEqual({ ...r1.state, version: r1.state.version + 2 });
    const row = await db.reviewState.findFirstOrThrow({ where: { userId: ctx.learner.id } });
    expect(row.dueAt.toISOString()).toBe(r1.state.dueAt);
    expect(row.easinessE4).toBe(26000);
    expect(row.lapses).toBe(0);

    const second = await undoLastReview(ctx.learner.id, tomorrow);
    expect(second.state.isNew).toBe(true);
    expect(await db.reviewState.count({ where: { userId: ctx.learner.id } })).toBe(0);
    expect(await db.reviewLog.count({ where: { userId: ctx.learner.id, undoneAt: null } })).toBe(0);
    signInAs(ctx.learner);
    expect((await call(undoPOST, { method: "POST" })).status).toBe(404);
  });

  it("an objectively wrong answer allows grades 0–2 only; nothing is written", async () => {
    signInAs(ctx.learner);
    const wrong = { choice: textId("o", "wrong 1") };
    const res = await call(reviewsPOST, {
      body: { clientRequestId: requestId(), questionId: ctx.q.id, grade: 4, expectedVersion: 0, answer: wrong },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.grade[0]).toMatch(/0–2/);
    expect(await counts(ctx.learner.id)).toEqual({ logs: 0, states: 0 });
    const ok = await call(reviewsPOST, {
      body: { clientRequestId: requestId(), questionId: ctx.q.id, grade: 2, expectedVersion: 0, answer: wrong },
    });
    expect(ok.status).toBe(201);
    expect(ok.body.review.correct).toBe(false);
  });

  it.each([
    [{ grade: 6 }, "grade"],
    [{ grade: 2.5 }, "grade"],
    [{ grade: -1 }, "grade"],
    [{ grade: "4" }, "grade"],
    [{ expectedVersion: -1 }, "expectedVersion"],
    [{ surprise: true }, "_"],
  ])("bad body %j → 400 naming %s, nothing written", async (patch, field) => {
    signInAs(ctx.learner);
    const res = await call(reviewsPOST, {
      body: { clientRequestId: requestId(), questionId: ctx.q.id, grade: 4, expectedVersion: 0, ...patch },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[field]).toBeDefined();
    expect(await counts(ctx.learner.id)).toEqual({ logs: 0, states: 0 });
  });

  it("an unknown card or a card of a draft deck is 404", async () => {
    signInAs(ctx.learner);
    const draft = await makeDeck(ctx.owner.id, { status: "DRAFT", count: 1 });
    for (const questionId of ["nope-nope", draft.questions[0].id]) {
      const res = await call(reviewsPOST, {
        body: { clientRequestId: requestId(), questionId, grade: 4, expectedVersion: 0 },
      });
      expect(res.status).toBe(404);
    }
    expect(await counts(ctx.learner.id)).toEqual({ logs: 0, states: 0 });
  });

  it("is 401 signed out", async () => {
    signInAs(null);
    const res = await call(reviewsPOST, {
      body: { clientRequestId: requestId(), questionId: ctx.q.id, grade: 4, expectedVersion: 0 },
    });
    expect(res.status).toBe(401);
  });

  it("another learner's review state is untouched and their undo cannot reach it", async () => {
    await recordReview(
      ctx.learner,
      { clientRequestId: requestId(), questionId: ctx.q.id, grade: 4, expectedVersion: 0 },
      NOW,
    );
    const other = await makeUser();
    signInAs(other);
    expect((await call(undoPOST, { method: "POST" })).status).toBe(404);
    expect(await db.reviewLog.count({ where: { userId: ctx.learner.id, undoneAt: null } })).toBe(1);
  });
});
