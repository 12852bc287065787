import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { startAttempt, submitAttempt } from "@/lib/quiz/attempts";
import { REVIEW_PRESETS } from "@/lib/quiz/review-options";
import { recordReview } from "@/lib/srs/reviews";
import { enroll, makeDeck, makeUser, requestId } from "@/tests/helpers/factories";

// Before env() is first read (it parses process.env once).
const TOKEN = "metrics-token-for-the-test-0123";
process.env.METRICS_TOKEN = TOKEN;
const { GET } = await import("@/app/api/metrics/route");

const scrape = (headers: Record<string, string> = {}) =>
  GET(new Request("http://localhost/api/metrics", { headers }), { params: Promise.resolve({}) });

async function exposition(): Promise<string> {
  const res = await scrape({ authorization: `Bearer ${TOKEN}` });
  expect(res.status).toBe(200);
  return res.text();
}

/** The value of one sample line, e.g. `reviews_total{grade="4"}`; 0 when absent. */
function sample(text: string, series: string): number {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe("/api/metrics", () => {
  it("answers 401 without the token or with a wrong one, and never shows the metrics", async () => {
    const cases: Record<string, string>[] = [
      {},
      { authorization: "Bearer wrong-token-wrong-token" },
      { authorization: TOKEN },
    ];
    for (const headers of cases) {
      const res = await scrape(headers);
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(await res.text()).not.toContain("reviews_total");
    }
  });

  it("with the token: Prometheus text with default, HTTP, pool and domain metrics", async () => {
    await db.$queryRaw`SELECT 1`; // the pool exists
    const res = await scrape({ authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const text = await res.text();
    for (const name of [
      "process_cpu_user_seconds_total",
      "nodejs_eventloop_lag_seconds",
      "http_requests_total",
      "http_request_duration_seconds",
      "reviews_total",
      "quiz_attempts_started_total",
      "quiz_attempts_submitted_total",
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
    expect(sample(text, "db_pool_connections_total")).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/^db_pool_connections_idle \d+$/m);
    expect(text).toMatch(/^db_pool_waiting_requests \d+$/m);
  });

  it("counts a recorded review by grade, not its replay; and quiz starts and submits", async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const learner = await makeUser();
    const deck = await makeDeck(owner.id, { count: 3 });
    await enroll(learner.id, deck.id);
    const before = await exposition();

    const clientRequestId = requestId();
    const input = { clientRequestId, questionId: deck.questions[0].id, grade: 4, expectedVersion: 0 };
    await recordReview(learner, input);
    await recordReview(learner, input); // the same request again: answered as a replay
    await recordReview(learner, {
      clientRequestId: requestId(),
      questionId: deck.questions[1].id,
      grade: 2,
      expectedVersion: 0,
    });

    const quiz = await db.quiz.create({
      data: {
        deckId: deck.id,
        title: "Metrics quiz",
        questionCount: 2,
        timeLimitSeconds: 60,
        attemptsAllowed: 2,
        passMarkPercent: 70,
        reviewOptions: REVIEW_PRESETS.AFTER_EACH_ATTEMPT,
      },
    });
    const attempt = await startAttempt(learner.id, quiz.id);
    await startAttempt(learner.id, quiz.id); // resumes the open attempt
    await submitAttempt(learner.id, attempt.id);

    const after = await exposition();
    const moved = (series: string) => sample(after, series) - sample(before, series);
    expect(moved('reviews_total{grade="4"}')).toBe(1);
    expect(moved('reviews_total{grade="2"}')).toBe(1);
    expect(moved("quiz_attempts_started_total")).toBe(1);
    expect(moved("quiz_attempts_submitted_total")).toBe(1);
  });
});
