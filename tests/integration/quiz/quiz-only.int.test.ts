import crypto from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { toSolution } from "@/lib/questions/redact";
import type { QuestionInput } from "@/lib/questions/schemas";
import { enroll, makeDeck, makeUser, singleChoice } from "@/tests/helpers/factories";
import { rightAnswer } from "@/tests/helpers/answers";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const decksRoute = await import("@/app/api/v1/decks/route");
const deckRoute = await import("@/app/api/v1/decks/[deckId]/route");
const queueRoute = await import("@/app/api/v1/study/queue/route");
const checkRoute = await import("@/app/api/v1/study/check/route");
const reviewsRoute = await import("@/app/api/v1/reviews/route");
const progressRoute = await import("@/app/api/v1/stats/progress/route");
const quizzesRoute = await import("@/app/api/v1/quizzes/route");
const startRoute = await import("@/app/api/v1/quizzes/[quizId]/attempts/route");
const submitRoute = await import("@/app/api/v1/attempts/[attemptId]/submit/route");
const resultRoute = await import("@/app/api/v1/attempts/[attemptId]/result/route");

const secret = (n: number): QuestionInput => ({
  ...singleChoice(100 + n),
  explanation: `Exam-only reasoning ${n}.`,
  tags: ["exam"],
  quizOnly: true,
});

describe("quiz-only questions keep their keys outside a quiz", () => {
  let deck: Awaited<ReturnType<typeof makeDeck>>;
  let learner: Awaited<ReturnType<typeof makeUser>>;
  let quizId: string;
  const secretIds = () => deck.questions.filter((q) => q.quizOnly).map((q) => q.id);

  beforeAll(async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    deck = await makeDeck(owner.id, { questions: [singleChoice(1), singleChoice(2), secret(1), secret(2)] });
    signInAs(owner);
    const created = await call(quizzesRoute.POST, {
      body: {
        deckId: deck.id,
        title: "Exam",
        questionCount: 2,
        timeLimitSeconds: 600,
        attemptsAllowed: 2,
        passMarkPercent: 50,
        shuffle: true,
        showAnswers: "NEVER",
        pools: [{ source: "tag", value: "exam", count: 2 }],
      },
    });
    expect(created.status).toBe(201);
    quizId = created.body.id;
    learner = await makeUser();
    await enroll(learner.id, deck.id);
  });

  it("no study, deck or preview endpoint lists, counts, checks or reviews them; a never-show-answers quiz draws them and shows no key", async () => {
    signInAs(learner);
    const bodies: string[] = [];
    const decks = await call(decksRoute.GET);
    expect(decks.body.decks.find((d: { id: string }) => d.id === deck.id).questionCount).toBe(2);
    const page = await call(deckRoute.GET, { params: { deckId: deck.id } });
    expect(page.status).toBe(200);
    expect(page.body.questions.map((q: { id: string }) => q.id).sort()).toEqual(
      deck.questions
        .filter((q) => !q.quizOnly)
        .map((q) => q.id)
        .sort(),
    );
    const queue = await call(queueRoute.GET, { url: "http://localhost/api/v1/study/queue?limit=50" });
    expect(queue.body.counts.new).toBe(2);
    expect(queue.body.cards.map((c: { question: { id: string } }) => c.question.id)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(secretIds().join("|")))]),
    );
    bodies.push(JSON.stringify([decks.body, page.body, queue.body]));

    const probe = async () => {
      for (const id of secretIds()) {
        const stored = await db.question.findUniqueOrThrow({ where: { id } });
        const reveal = await call(checkRoute.POST, { body: { questionId: id } }); // "Show answer" and "Try it"
        const check = await call(checkRoute.POST, {
          body: { questionId: id, answer: rightAnswer(toSolution(stored)) },
        });
        const review = await call(reviewsRoute.POST, {
          body: { clientRequestId: crypto.randomUUID(), questionId: id, grade: 5, expectedVersion: 0 },
        });
        expect([reveal.status, check.status, review.status]).toEqual([404, 404, 404]);
        bodies.push(JSON.stringify([reveal.body, check.body, review.body]));
      }
    };
    await probe(); // before any attempt

    const started = await call(startRoute.POST, { method: "POST", params: { quizId } });
    expect(started.status).toBe(201);
    expect(started.body.questions.map((q: { id: string }) => q.id).sort()).toEqual(secretIds().sort());
    await call(submitRoute.POST, { method: "POST", params: { attemptId: started.body.id } });
    const result = await call(resultRoute.GET, { params: { attemptId: started.body.id } });
    expect(result.status).toBe(200);
    expect(result.body.answersShown).toBe(false);
    bodies.push(JSON.stringify([started.body, result.body]));

    await probe(); // after the attempt, when a missed question would be pulled forward into study
    const after = await call(queueRoute.GET, { url: "http://localhost/api/v1/study/queue?limit=50" });
    const counts = after.body.counts as { due: number; new: number };
    expect(counts.due + counts.new).toBe(2);
    bodies.push(JSON.stringify([after.body, (await call(progressRoute.GET)).body]));

    const everything = bodies.join("\n");
    // The result says right/wrong of the learner's own answers; never the key or the explanation.
    expect(everything).not.toMatch(/"(accepted|solution|explanation)"\s*:/);
    for (const q of deck.questions.filter((x) => x.quizOnly)) expect(everything).not.toContain(q.explanation);
  });
});
