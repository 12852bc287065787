import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { replayFsrs } from "@/lib/srs/fsrs/replay";
import { FSRS_DEFAULT_PARAMS, resolveFsrsParams } from "@/lib/srs/fsrs/scheduler";
import { recordReview } from "@/lib/srs/reviews";
import type { Grade } from "@/lib/srs/sm2";
import { dueAtFor } from "@/lib/srs/study-day";
import { enroll, makeDeck, makeUser, requestId } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const { GET, PUT } = await import("@/app/api/v1/me/scheduler/route");

const T0 = new Date("2026-06-10T08:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const MIN = 60_000;
const DAY = 86_400_000;
const URL = "http://localhost/api/v1/me/scheduler";
/** One card's history: a same-day step, a lapse with its relearning step, then passes. */
const HISTORY: [Grade, number][] = [
  [4, 0],
  [3, 10 * MIN],
  [5, 2 * DAY],
  [1, 9 * DAY],
  [4, 9 * DAY + 10 * MIN],
  [4, 12 * DAY],
];

async function learnerWithHistory(scheduler: "SM2" | "FSRS" = "SM2") {
  const owner = await makeUser({ role: "INSTRUCTOR" });
  const made = await makeUser({ timeZone: "America/New_York" });
  const learner = await db.user.update({ where: { id: made.id }, data: { scheduler } });
  const deck = await makeDeck(owner.id, { count: 2 });
  await enroll(learner.id, deck.id);
  for (const q of deck.questions) {
    let version = 0;
    for (const [grade, offset] of HISTORY) {
      const res = await recordReview(
        learner,
        { clientRequestId: requestId(), questionId: q.id, grade, expectedVersion: version },
        at(offset),
      );
      version = res.state.version;
    }
  }
  return { learner, deck };
}

const states = (userId: string) => db.reviewState.findMany({ where: { userId }, orderBy: { questionId: "asc" } });
const put = (body: unknown) => call(PUT, { method: "PUT", url: URL, body });

describe("PUT /api/v1/me/scheduler", () => {
  it("switching to FSRS replays each card's log and keeps every due date; versions move on (an open tab gets 409)", async () => {
    const { learner, deck } = await learnerWithHistory();
    // As if reviewed before FSRS kept state: the switch must rebuild it from the log alone.
    await db.reviewState.updateMany({
      where: { userId: learner.id },
      data: { fsrsStability: null, fsrsDifficulty: null, fsrsPhase: null, fsrsStep: null, fsrsDueAt: null },
    });
    const before = await states(learner.id);
    signInAs(learner);
    const res = await put({ scheduler: "FSRS" });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      scheduler: "FSRS",
      desiredRetention: 0.9,
      model: { fitted: false, reviewCount: null, fittedAt: null },
      replayed: 2,
      rescheduled: 0,
    });
    const after = await states(learner.id);
    const expected = replayFsrs(
      HISTORY.map(([grade, offset]) => ({ grade, time: at(offset) })),
      resolveFsrsParams(FSRS_DEFAULT_PARAMS),
    )!;
    for (const [i, s] of after.entries()) {
      expect(s.dueAt).toEqual(before[i].dueAt);
      expect(s.version).toBe(before[i].version + 1);
      expect(s.fsrsStability).toBe(expected.stability);
      expect(s.fsrsDifficulty).toBe(expected.difficulty);
      expect(s.fsrsDueAt?.toISOString()).toBe(expected.due);
    }
    const stale = recordReview(
      learner,
      { clientRequestId: requestId(), questionId: deck.questions[0].id, grade: 4, expectedVersion: before[0].version },
      at(20 * DAY),
    );
    await expect(stale).rejects.toSatisfy((e) => (e as AppError).code === "CONFLICT");
    expect((await call(GET, { url: URL })).body).toMatchObject({ scheduler: "FSRS", desiredRetention: 0.9 });
  });

  it("replaying the log gives the same FSRS state as reviewing live under FSRS", async () => {
    const live = await learnerWithHistory("FSRS");
    const switched = await learnerWithHistory("SM2");
    await db.reviewState.updateMany({
      where: { userId: switched.learner.id },
      data: { fsrsStability: null, fsrsDifficulty: null, fsrsPhase: null, fsrsStep: null, fsrsDueAt: null },
    });
    signInAs(switched.learner);
    expect((await put({ scheduler: "FSRS", reschedule: true })).status).toBe(200);
    const pick = (s: Awaited<ReturnType<typeof states>>[number]) => ({
      dueAt: s.dueAt,
      fsrsStability: s.fsrsStability,
      fsrsDifficulty: s.fsrsDifficulty,
      fsrsPhase: s.fsrsPhase,
      fsrsStep: s.fsrsStep,
      fsrsDueAt: s.fsrsDueAt,
      fsrsLastReviewedAt: s.fsrsLastReviewedAt,
    });
    expect((await states(switched.learner.id)).map(pick)).toEqual((await states(live.learner.id)).map(pick));
  });

  it("reschedule: true moves due dates to FSRS's, and back to SM-2's (lastReviewedAt + interval) on the way back", async () => {
    const { learner } = await learnerWithHistory();
    signInAs(learner);
    const toFsrs = await put({ scheduler: "FSRS", desiredRetention: 0.8, reschedule: true });
    expect(toFsrs.status).toBe(200);
    expect(toFsrs.body).toMatchObject({ scheduler: "FSRS", desiredRetention: 0.8, replayed: 2, rescheduled: 2 });
    const expected = replayFsrs(
      HISTORY.map(([grade, offset]) => ({ grade, time: at(offset) })),
      resolveFsrsParams({ desiredRetention: 0.8 }),
    )!;
    for (const s of await states(learner.id)) {
      expect(s.dueAt.toISOString()).toBe(expected.due);
      expect(s.fsrsDueAt?.toISOString()).toBe(expected.due);
    }
    // Changing only the retention under FSRS keeps due dates unless asked.
    const kept = await put({ scheduler: "FSRS", desiredRetention: 0.95 });
    expect(kept.body).toMatchObject({ desiredRetention: 0.95, rescheduled: 0 });
    for (const s of await states(learner.id)) expect(s.dueAt.toISOString()).toBe(expected.due);

    const back = await put({ scheduler: "SM2", reschedule: true });
    expect(back.body).toMatchObject({ scheduler: "SM2", replayed: 0, rescheduled: 2 });
    for (const s of await states(learner.id))
      expect(s.dueAt).toEqual(dueAtFor(s.lastReviewedAt!, s.intervalDays, "America/New_York"));
  });

  it("GET names the fitted model in use once one is adopted", async () => {
    const learner = await makeUser();
    await db.fsrsModel.create({
      data: {
        userId: learner.id,
        modelTag: "FSRS-6",
        parameters: [...FSRS_DEFAULT_PARAMS.w].map((w) => w * 1.01),
        reviewCount: 500,
        adopted: true,
        fittedAt: T0,
      },
    });
    signInAs(learner);
    expect((await call(GET, { url: URL })).body).toEqual({
      scheduler: "SM2",
      desiredRetention: 0.9,
      model: { fitted: true, reviewCount: 500, fittedAt: T0.toISOString() },
    });
  });

  it("bad input is a 400 naming the field, and nothing changes", async () => {
    const learner = await makeUser();
    signInAs(learner);
    const cases: [unknown, string][] = [
      [{ scheduler: "FSRS", desiredRetention: 0.5 }, "desiredRetention"],
      [{ scheduler: "FSRS", desiredRetention: 0.98 }, "desiredRetention"],
      [{ scheduler: "ANKI" }, "scheduler"],
      [{ desiredRetention: 0.9 }, "scheduler"],
      [{ scheduler: "FSRS", reschedule: "yes" }, "reschedule"],
      [{ scheduler: "FSRS", colour: "blue" }, "colour"],
    ];
    for (const [body, field] of cases) {
      const res = await put(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(res.body.error.fields)).toContain(field);
    }
    const plain = await call(PUT, { method: "PUT", url: URL, rawBody: "scheduler=FSRS", contentType: "text/plain" });
    expect(plain.status).toBe(400);
    expect(plain.body.error.fields).toHaveProperty("content-type");
    expect(await db.user.findUniqueOrThrow({ where: { id: learner.id } })).toMatchObject({
      scheduler: "SM2",
      desiredRetention: 0.9,
    });
  });

  it("a cross-origin PUT is refused before anything is written", async () => {
    const learner = await makeUser();
    signInAs(learner);
    const res = await PUT(
      new Request(URL, {
        method: "PUT",
        headers: {
          "content-type": "application/json",
          origin: "http://localhost:4000",
          "sec-fetch-site": "same-site",
          cookie: "next-auth.session-token=the-victims-session",
        },
        body: JSON.stringify({ scheduler: "FSRS" }),
      }),
      { params: Promise.resolve({}) },
    );
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
    expect((await db.user.findUniqueOrThrow({ where: { id: learner.id } })).scheduler).toBe("SM2");
  });

  it("signed out: 401", async () => {
    signInAs(null);
    expect((await put({ scheduler: "FSRS" })).status).toBe(401);
    expect((await call(GET, { url: URL })).status).toBe(401);
  });
});
