import crypto from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { REVIEW_PRESETS } from "@/lib/quiz/review-options";
import { getPublishedDeck } from "@/lib/decks/browse";
import { textId } from "@/lib/questions/ids";
import { toSolution } from "@/lib/questions/redact";
import type { QuestionInput } from "@/lib/questions/schemas";
import type { PublicQuestion } from "@/lib/questions/types";
import { enroll, makeDeck, makeUser, singleChoice } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";
import { rightAnswer } from "@/tests/helpers/answers";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const startRoute = await import("@/app/api/v1/quizzes/[quizId]/attempts/route");
const attemptRoute = await import("@/app/api/v1/attempts/[attemptId]/route");
const answersRoute = await import("@/app/api/v1/attempts/[attemptId]/answers/route");
const submitRoute = await import("@/app/api/v1/attempts/[attemptId]/submit/route");
const resultRoute = await import("@/app/api/v1/attempts/[attemptId]/result/route");
const quizzesRoute = await import("@/app/api/v1/quizzes/route");
const quizAttemptsRoute = await import("@/app/api/v1/quizzes/[quizId]/route");
const checkRoute = await import("@/app/api/v1/study/check/route");
const reviewsRoute = await import("@/app/api/v1/reviews/route");
const deckRoute = await import("@/app/api/v1/decks/[deckId]/route");
const queueRoute = await import("@/app/api/v1/study/queue/route");

const ordering3: QuestionInput = {
  type: "ordering",
  prompt: "Order the start of a container",
  explanation: "Because the runtime goes last.",
  section: "4.3",
  payload: { items: ["client", "daemon", "runtime"] },
};
const matching2: QuestionInput = {
  type: "matching",
  prompt: "Match the mechanism to what it does",
  explanation: "Because namespaces isolate and cgroups limit.",
  section: "4.1",
  payload: {
    pairs: [
      { left: "namespaces", right: "isolate what a process sees" },
      { left: "cgroups", right: "limit what a process uses" },
    ],
  },
};
const solvedOrder = ["client", "daemon", "runtime"].map((t) => textId("i", t));
const alignedRights = ["isolate what a process sees", "limit what a process uses"].map((t) => textId("r", t));

function idsOf(q: PublicQuestion): string[] {
  const v = q.view;
  return v.type === "ordering"
    ? v.items.map((c) => c.id)
    : v.type === "matching"
      ? v.rights.map((c) => c.id)
      : v.type === "single" || v.type === "multiple"
        ? v.options.map((c) => c.id)
        : [];
}

describe("display order cannot be used to infer the key", () => {
  let owner: Awaited<ReturnType<typeof makeUser>>;
  let deck: Awaited<ReturnType<typeof makeDeck>>;
  beforeAll(async () => {
    owner = await makeUser({ role: "INSTRUCTOR" });
    deck = await makeDeck(owner.id, { questions: [ordering3, matching2, singleChoice(1)] });
  });

  it("over 120 learners' deck pages the solved ordering and the aligned matching both appear (they used to never appear)", async () => {
    const orders = new Map<string, number>();
    const layouts = new Map<string, number>();
    for (let i = 0; i < 120; i++) {
      const learner = await makeUser();
      const page = await getPublishedDeck(learner.id, deck.id);
      const o = idsOf(page.questions.find((q) => q.type === "ordering")!).join();
      const m = idsOf(page.questions.find((q) => q.type === "matching")!).join();
      orders.set(o, (orders.get(o) ?? 0) + 1);
      layouts.set(m, (layouts.get(m) ?? 0) + 1);
    }
    expect(orders.size).toBe(6);
    expect(orders.get(solvedOrder.join())).toBeGreaterThan(5); // expected 20
    expect(layouts.size).toBe(2);
    expect(layouts.get(alignedRights.join())).toBeGreaterThan(35); // expected 60
  });

  it("one learner gets the same order on every fetch, in the study queue and the deck page alike", async () => {
    const learner = await makeUser();
    await enroll(learner.id, deck.id);
    signInAs(learner);
    const seen = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const queue = await call(queueRoute.GET, { url: "http://localhost/api/v1/study/queue?limit=50" });
      const page = await call(deckRoute.GET, { params: { deckId: deck.id } });
      for (const q of [
        ...queue.body.cards.map((c: { question: PublicQuestion }) => c.question),
        ...page.body.questions,
      ] as PublicQuestion[]) {
        seen.add(`${q.id}:${idsOf(q).join()}`);
      }
    }
    expect(seen.size).toBe(deck.questions.length);
  });
});

describe("an untouched attempt is unanswered", () => {
  it("start an attempt with an ordering and a matching, touch nothing, submit: 0 %, every item not answered", async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const deck = await makeDeck(owner.id, { questions: [ordering3, matching2, singleChoice(1)] });
    const quiz = await db.quiz.create({ data: { deckId: deck.id, title: "Look only", questionCount: 3 } });
    signInAs(await makeUser());
    const started = await call(startRoute.POST, { method: "POST", params: { quizId: quiz.id } });
    expect(started.status).toBe(201);
    expect(started.body.answers).toEqual({});
    expect((await call(attemptRoute.GET, { params: { attemptId: started.body.id } })).body.answers).toEqual({});
    const done = await call(submitRoute.POST, { method: "POST", params: { attemptId: started.body.id } });
    expect(done.status).toBe(200);
    expect(done.body.scorePercent).toBe(0);
    expect(
      done.body.items.map((i: { answer: unknown; result: { score: number } }) => [i.answer, i.result.score]),
    ).toEqual([
      [null, 0],
      [null, 0],
      [null, 0],
    ]);
  });
});

describe("while an attempt is open, nothing else hands out its answers", () => {
  let owner: Awaited<ReturnType<typeof makeUser>>;
  beforeAll(async () => {
    owner = await makeUser({ role: "INSTRUCTOR" });
  });

  async function answerAllRight(attemptId: string, questions: PublicQuestion[]) {
    for (const q of questions) {
      const stored = await db.question.findUniqueOrThrow({ where: { id: q.id } });
      expect(
        (
          await call(answersRoute.PUT, {
            method: "PUT",
            params: { attemptId },
            body: { questionId: q.id, answer: rightAnswer(toSolution(stored)) },
          })
        ).status,
      ).toBe(200);
    }
  }

  it("an earlier attempt's results hide the open attempt's questions (key, right/wrong, explanation) but keep the score", async () => {
    const deck = await makeDeck(owner.id, { questions: [ordering3, matching2, singleChoice(1), singleChoice(2)] });
    const quiz = await db.quiz.create({
      data: {
        deckId: deck.id,
        title: "All of it",
        questionCount: 4,
        attemptsAllowed: 3,
        reviewOptions: REVIEW_PRESETS.AFTER_EACH_ATTEMPT,
      },
    });
    signInAs(await makeUser());
    const first = await call(startRoute.POST, { method: "POST", params: { quizId: quiz.id } });
    await answerAllRight(first.body.id, first.body.questions);
    const submitted = await call(submitRoute.POST, { method: "POST", params: { attemptId: first.body.id } });
    expect(submitted.body.items.every((i: { solution?: unknown }) => i.solution)).toBe(true); // shown after the attempt, by policy

    const second = await call(startRoute.POST, { method: "POST", params: { quizId: quiz.id } });
    expect(second.status).toBe(201);
    const bodies: string[] = [];
    const earlier = await call(resultRoute.GET, { params: { attemptId: first.body.id } });
    expect(earlier.status).toBe(200);
    bodies.push(JSON.stringify(earlier.body));
    bodies.push(JSON.stringify((await call(quizzesRoute.GET)).body));
    bodies.push(JSON.stringify((await call(quizAttemptsRoute.GET, { params: { quizId: quiz.id } })).body));
    const everything = bodies.join("\n");
    expect(everything).not.toMatch(/"(correct|accepted|solution|explanation|feedback|matches|order|choice)"\s*:/);
    for (const q of deck.questions) expect(everything).not.toContain(q.explanation);
    expect(earlier.body.scorePercent).toBe(100);
    expect(earlier.body.passed).toBe(true);
    expect(earlier.body.heldBack).toEqual({ attemptId: second.body.id, questionCount: 4 });
    expect(
      earlier.body.items.every(
        (i: { heldBack?: boolean; answer: unknown; result: unknown }) =>
          i.heldBack && i.answer === null && i.result === null,
      ),
    ).toBe(true);
    expect(earlier.body.missedQuestionIds).toEqual([]);

    // Once the open attempt ends, the earlier results show everything again.
    await call(submitRoute.POST, { method: "POST", params: { attemptId: second.body.id } });
    const after = await call(resultRoute.GET, { params: { attemptId: first.body.id } });
    expect(after.body.heldBack).toBeNull();
    expect(
      after.body.items.every(
        (i: { solution?: unknown; explanation?: string; result: { correct: boolean } }) =>
          i.solution && i.explanation && i.result.correct,
      ),
    ).toBe(true);
  });

  it("only the questions in the open attempt are hidden, whichever quiz it belongs to", async () => {
    const deck = await makeDeck(owner.id, { questions: [singleChoice(1), singleChoice(2), singleChoice(3)] });
    const whole = await db.quiz.create({ data: { deckId: deck.id, title: "Whole deck", questionCount: 3 } });
    const short = await db.quiz.create({ data: { deckId: deck.id, title: "One question", questionCount: 1 } });
    signInAs(await makeUser());
    const first = await call(startRoute.POST, { method: "POST", params: { quizId: whole.id } });
    await call(submitRoute.POST, { method: "POST", params: { attemptId: first.body.id } }); // nothing answered: 3 missed
    const open = await call(startRoute.POST, { method: "POST", params: { quizId: short.id } });
    const inOpen = open.body.questions[0].id as string;
    const earlier = await call(resultRoute.GET, { params: { attemptId: first.body.id } });
    const held = earlier.body.items
      .filter((i: { heldBack?: boolean }) => i.heldBack)
      .map((i: { question: { id: string } }) => i.question.id);
    expect(held).toEqual([inOpen]);
    const shown = earlier.body.items.filter((i: { heldBack?: boolean }) => !i.heldBack);
    expect(shown).toHaveLength(2);
    expect(shown.every((i: { solution?: unknown; explanation?: string }) => i.solution && i.explanation)).toBe(true);
    expect(JSON.stringify(earlier.body)).not.toContain(deck.questions.find((q) => q.id === inOpen)!.explanation);
    expect(earlier.body.missedQuestionIds.sort()).toEqual(
      shown.map((i: { question: { id: string } }) => i.question.id).sort(),
    );
    expect(earlier.body.scorePercent).toBe(0);
  });

  it("study reveal, study or deck Try-it check, and a graded review of a question in the open attempt are all refused", async () => {
    const deck = await makeDeck(owner.id, { questions: [ordering3, singleChoice(1)] });
    const quiz = await db.quiz.create({ data: { deckId: deck.id, title: "Two", questionCount: 2 } });
    const learner = await makeUser();
    await enroll(learner.id, deck.id);
    signInAs(learner);
    const open = await call(startRoute.POST, { method: "POST", params: { quizId: quiz.id } });
    const bodies: string[] = [];
    for (const q of open.body.questions as PublicQuestion[]) {
      const stored = await db.question.findUniqueOrThrow({ where: { id: q.id } });
      const reveal = await call(checkRoute.POST, { body: { questionId: q.id } }); // "Show answer" / flashcard reveal
      const check = await call(checkRoute.POST, {
        body: { questionId: q.id, answer: rightAnswer(toSolution(stored)) },
      }); // study check and deck "Try it"
      const review = await call(reviewsRoute.POST, {
        body: {
          clientRequestId: crypto.randomUUID(),
          questionId: q.id,
          grade: 1,
          expectedVersion: 0,
          answer: rightAnswer(toSolution(stored)),
        },
      });
      expect([reveal.status, check.status, review.status]).toEqual([409, 409, 409]);
      bodies.push(JSON.stringify([reveal.body, check.body, review.body]));
    }
    bodies.push(
      JSON.stringify((await call(queueRoute.GET, { url: "http://localhost/api/v1/study/queue?limit=50" })).body),
    );
    bodies.push(JSON.stringify((await call(deckRoute.GET, { params: { deckId: deck.id } })).body));
    const everything = bodies.join("\n");
    expect(everything).not.toMatch(/"(correct|accepted|solution|explanation|feedback)"\s*:/);
    for (const q of deck.questions) expect(everything).not.toContain(q.explanation);
  });
});
