import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type PgBoss from "pg-boss";
import { db } from "@/lib/db/client";
import { startQuizWorker } from "@/lib/jobs/quiz-worker";
import { passBack } from "@/lib/lti/passback";
import { readRoster } from "@/lib/lti/roster";
import { logger } from "@/lib/observability/log";
import { startAttempt, submitAttempt } from "@/lib/quiz/attempts";
import { REVIEW_PRESETS } from "@/lib/quiz/review-options";
import { makeDeck, makeUser } from "@/tests/helpers/factories";
import { jobsFor, stopAll, waitFor } from "@/tests/integration/jobs/helpers";
import { ROLE, type MockPlatform } from "@/tests/lti/mock-platform";
import { launch, registeredPlatform, userOf } from "./helpers";

process.env.NEXTAUTH_SECRET = "test-secret-for-session-tokens";

let mock: MockPlatform;
let platformId: string;
let quizId: string;
const bosses: PgBoss[] = [];
beforeAll(async () => {
  ({ mock, platformId } = await registeredPlatform());
  const owner = await makeUser({ role: "INSTRUCTOR" });
  const deck = await makeDeck(owner.id, { count: 3 });
  const quiz = await db.quiz.create({
    data: {
      deckId: deck.id,
      title: "LTI quiz",
      questionCount: 2,
      timeLimitSeconds: 600,
      attemptsAllowed: 3,
      passMarkPercent: 70,
      reviewOptions: REVIEW_PRESETS.AFTER_EACH_ATTEMPT,
    },
  });
  quizId = quiz.id;
});
afterAll(async () => {
  await stopAll(bosses);
  await mock.close();
});

/** A learner launched into the quiz through the LMS, who then takes and submits an attempt. */
async function launchedAttempt(sub: string, lineItemId: string) {
  const { res } = await launch(mock, { sub, custom: { quiz_id: quizId }, lineItemId, resourceLinkId: `rl-${sub}` });
  expect(res.status).toBe(303);
  const user = (await userOf(platformId, sub))!;
  const attempt = await startAttempt(user.id, quizId);
  return { user, attemptId: attempt.id };
}

describe("grade passback (AGS)", () => {
  it("a launch into a quiz's link opens the quiz", async () => {
    const { res } = await launch(mock, { sub: "opens", custom: { quiz_id: quizId } });
    const { GET } = await import("@/app/api/lti/handoff/route");
    const h = new URL(res.headers.get("location")!).searchParams.get("h")!;
    const opened = await GET(new Request(`http://localhost:3000/api/lti/handoff?h=${h}`));
    expect(opened.headers.get("location")).toBe(`http://localhost:3000/quizzes/${quizId}`);
  });

  it("posts the score once when the platform fails twice then accepts, however often the job runs", async () => {
    vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const { attemptId } = await launchedAttempt("flaky", "li-flaky");
    // Submit queues the job; no worker runs yet, so the tries below are the queue's retries.
    await submitAttempt((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).userId, attemptId);
    mock.failNextScores(2);
    await expect(passBack(attemptId)).rejects.toThrow(/503/);
    await expect(passBack(attemptId)).rejects.toThrow(/503/);
    expect(await passBack(attemptId)).toEqual({ sent: 1, pending: 0 });
    expect(await passBack(attemptId)).toEqual({ sent: 0, pending: 0 });
    const got = mock.received.scores.filter((s) => s.lineItemId === "li-flaky");
    expect(got).toHaveLength(1);
    expect(got[0].contentType).toBe("application/vnd.ims.lis.v1.score+json");
    expect(got[0].body).toMatchObject({
      userId: "flaky",
      scoreMaximum: 100,
      activityProgress: "Completed",
      gradingProgress: "FullyGraded",
    });
    expect(typeof got[0].body.scoreGiven).toBe("number");
    expect(new Date(got[0].body.timestamp as string).toISOString()).toBe(got[0].body.timestamp);
    const post = await db.ltiScorePost.findFirstOrThrow({ where: { attemptId } });
    expect(post).toMatchObject({ status: "SENT", tries: 3, lastError: null });
  });

  it("through the real queue: submit → job → retried after a failure → exactly one score", async () => {
    vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const { user, attemptId } = await launchedAttempt("queued", "li-queued");
    mock.failNextScores(1);
    const w = await startQuizWorker({ pollingIntervalSeconds: 0.5 });
    bosses.push(w);
    // The queue retries after 30 s and more; this job (same key, as submit would send) retries after 1 s.
    await w.send("grade-passback", { attemptId }, { singletonKey: attemptId, retryDelay: 1, retryBackoff: false });
    await submitAttempt(user.id, attemptId); // sends the same key again: no second job while one waits
    await waitFor("the score arrived", async () =>
      mock.received.scores.some((s) => s.lineItemId === "li-queued") ? true : undefined,
    );
    await waitFor("the job completed", async () => {
      const jobs = await jobsFor(w, "grade-passback", attemptId);
      return jobs.some((j) => j.state === "completed") ? jobs : undefined;
    });
    await new Promise((r) => setTimeout(r, 1500));
    expect(mock.received.scores.filter((s) => s.lineItemId === "li-queued")).toHaveLength(1);
    expect(await db.ltiScorePost.findFirstOrThrow({ where: { attemptId } })).toMatchObject({
      status: "SENT",
      tries: 2,
    });
  }, 60_000);

  it("an attempt outside LTI queues nothing", async () => {
    const learner = await makeUser();
    const attempt = await startAttempt(learner.id, quizId);
    await submitAttempt(learner.id, attempt.id);
    expect(await db.ltiScorePost.count({ where: { attemptId: attempt.id } })).toBe(0);
  });

  it("reads the roster (NRPS) for an instructor who launched the link; a learner gets 404", async () => {
    await launch(mock, { sub: "prof", roles: [ROLE.instructor], resourceLinkId: "rl-roster", name: "Prof" });
    const prof = (await userOf(platformId, "prof"))!;
    const link = await db.ltiResourceLink.findFirstOrThrow({ where: { resourceLinkId: "rl-roster" } });
    const roster = await readRoster(prof, link.id);
    expect(roster.members.find((m) => m.userId === "prof")).toMatchObject({ name: "Prof", linked: true });
    const learner = (await userOf(platformId, "flaky"))!;
    await expect(readRoster(learner, link.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
