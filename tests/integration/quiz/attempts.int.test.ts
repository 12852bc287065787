import crypto from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { loadCurriculum } from "@/lib/decks/curriculum";
import { seedCurriculum } from "@/lib/decks/seed-curriculum";
import { AppError } from "@/lib/errors";
import { gradeAnswer } from "@/lib/questions/grading";
import { toSolution } from "@/lib/questions/redact";
import { getAttemptView, saveAnswer, startAttempt, submitAttempt } from "@/lib/quiz/attempts";
import { getAttemptResult } from "@/lib/quiz/results";
import { REVIEW_PRESETS } from "@/lib/quiz/review-options";
import { finalizeExpired } from "@/lib/quiz/sweep";
import { getQueue } from "@/lib/srs/queue";
import { makeDeck, makeUser, singleChoice } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";
import { rightAnswer } from "@/tests/helpers/answers";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const startRoute = await import("@/app/api/v1/quizzes/[quizId]/attempts/route");
const attemptRoute = await import("@/app/api/v1/attempts/[attemptId]/route");
const answersRoute = await import("@/app/api/v1/attempts/[attemptId]/answers/route");
const submitRoute = await import("@/app/api/v1/attempts/[attemptId]/submit/route");
const resultRoute = await import("@/app/api/v1/attempts/[attemptId]/result/route");
const quizzesRoute = await import("@/app/api/v1/quizzes/route");
const checkRoute = await import("@/app/api/v1/study/check/route");
const reviewsRoute = await import("@/app/api/v1/reviews/route");

async function quizFor(
  ownerId: string,
  opts: {
    count?: number;
    questionCount?: number;
    timeLimitSeconds?: number;
    attemptsAllowed?: number;
    showAnswers?: "AFTER_EACH_ATTEMPT" | "AFTER_LAST_ATTEMPT" | "NEVER";
  } = {},
) {
  const deck = await makeDeck(ownerId, { count: opts.count ?? 5 });
  const quiz = await db.quiz.create({
    data: {
      deckId: deck.id,
      title: "Quiz",
      questionCount: opts.questionCount ?? 3,
      timeLimitSeconds: opts.timeLimitSeconds ?? 60,
      attemptsAllowed: opts.attemptsAllowed ?? 2,
      passMarkPercent: 70,
      reviewOptions: REVIEW_PRESETS[opts.showAnswers ?? "AFTER_EACH_ATTEMPT"],
    },
  });
  return { deck, quiz };
}

const T0 = new Date("2026-06-10T12:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

describe("quiz attempts", () => {
  let owner: Awaited<ReturnType<typeof makeUser>>;
  beforeAll(async () => {
    owner = await makeUser({ role: "INSTRUCTOR" });
  });

  it("snapshots drawn questions and option order; the deadline comes from the server clock; resuming gives the same", async () => {
    const learner = await makeUser();
    const { quiz, deck } = await quizFor(owner.id, { count: 6, questionCount: 4, timeLimitSeconds: 90 });
    const view = await startAttempt(learner.id, quiz.id, T0);
    expect(view.questions).toHaveLength(4);
    expect(view.deadlineAt).toBe(at(90_000).toISOString());
    expect(view.serverNow).toBe(T0.toISOString());
    expect(view.questions.every((q) => deck.questions.some((d) => d.id === q.id))).toBe(true);
    const again = await startAttempt(learner.id, quiz.id, at(10_000));
    expect(again.id).toBe(view.id);
    expect(again.questions).toEqual(view.questions);
    expect(await db.quizAttempt.count({ where: { userId: learner.id } })).toBe(1);
  });

  it("accepts answers until deadline + 2 s and refuses them after, finalizing the attempt", async () => {
    const learner = await makeUser();
    const { quiz } = await quizFor(owner.id, { timeLimitSeconds: 60 });
    const view = await startAttempt(learner.id, quiz.id, T0);
    const q = view.questions[0];
    const choice = q.view.type === "single" ? q.view.options[0].id : "";
    await saveAnswer(learner.id, view.id, { questionId: q.id, answer: { choice } }, at(61_999));
    const late = saveAnswer(learner.id, view.id, { questionId: view.questions[1].id, answer: { choice } }, at(62_001));
    await expect(late).rejects.toMatchObject({ code: "CONFLICT" });
    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: view.id } });
    expect(row.status).toBe("EXPIRED");
    expect(row.submittedAt?.toISOString()).toBe(at(60_000).toISOString());
    expect(await db.quizResponse.count({ where: { attemptId: view.id } })).toBe(1);
    await expect(submitAttempt(learner.id, view.id, at(63_000))).resolves.toBeUndefined(); // already finished: no-op
  });

  it("a submit after the grace is refused (409) and the attempt is scored on what was saved", async () => {
    const learner = await makeUser();
    const { quiz } = await quizFor(owner.id, { timeLimitSeconds: 30, questionCount: 2 });
    const view = await startAttempt(learner.id, quiz.id, T0);
    const stored = await db.question.findUniqueOrThrow({ where: { id: view.questions[0].id } });
    await saveAnswer(
      learner.id,
      view.id,
      { questionId: stored.id, answer: rightAnswer(toSolution(stored)) },
      at(5_000),
    );
    await expect(submitAttempt(learner.id, view.id, at(32_500))).rejects.toMatchObject({ code: "CONFLICT" });
    const result = await getAttemptResult(learner.id, view.id, at(33_000));
    expect(result).toMatchObject({ status: "EXPIRED", scorePercent: 50, passed: false, timeUsedSeconds: 30 });
  });

  it("autosaves racing a submit are either counted in the score or refused — never saved unscored", async () => {
    for (let round = 0; round < 5; round++) {
      const learner = await makeUser();
      const { quiz } = await quizFor(owner.id, { count: 6, questionCount: 6 });
      const view = await startAttempt(learner.id, quiz.id, T0);
      const answers = await Promise.all(
        view.questions.map(async (q) => ({
          q,
          a: rightAnswer(toSolution(await db.question.findUniqueOrThrow({ where: { id: q.id } }))),
        })),
      );
      const outcomes = await Promise.allSettled([
        ...answers.map(({ q, a }) => saveAnswer(learner.id, view.id, { questionId: q.id, answer: a }, at(1000))),
        submitAttempt(learner.id, view.id, at(1000)),
      ]);
      const saved = await db.quizResponse.count({ where: { attemptId: view.id } });
      const refused = outcomes.slice(0, -1).filter((o) => o.status === "rejected");
      for (const r of refused) expect(r.reason).toMatchObject({ code: "CONFLICT" });
      expect(saved + refused.length).toBe(view.questions.length);
      const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: view.id } });
      expect(row.scorePercent).toBeCloseTo((100 * saved) / view.questions.length, 1);
    }
  });

  it("submitting twice scores once", async () => {
    const learner = await makeUser();
    const { quiz } = await quizFor(owner.id, { questionCount: 2 });
    const view = await startAttempt(learner.id, quiz.id, T0);
    for (const q of view.questions) {
      const stored = await db.question.findUniqueOrThrow({ where: { id: q.id } });
      await saveAnswer(learner.id, view.id, { questionId: q.id, answer: rightAnswer(toSolution(stored)) }, at(1000));
    }
    await submitAttempt(learner.id, view.id, at(2000));
    await submitAttempt(learner.id, view.id, at(3000));
    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: view.id } });
    expect(row).toMatchObject({ status: "SUBMITTED", scorePercent: 100, passed: true });
    expect(row.submittedAt?.toISOString()).toBe(at(2000).toISOString());
  });

  it("starting again after an attempt ran out finalizes it and opens the next attempt", async () => {
    const learner = await makeUser();
    const { quiz } = await quizFor(owner.id, { timeLimitSeconds: 30, attemptsAllowed: 2 });
    const first = await startAttempt(learner.id, quiz.id, T0);
    const second = await startAttempt(learner.id, quiz.id, at(40_000));
    expect(second.id).not.toBe(first.id);
    expect(second.attemptNumber).toBe(2);
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("EXPIRED");
    await expect(startAttempt(learner.id, quiz.id, at(80_000))).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses attempts beyond the limit", async () => {
    const learner = await makeUser();
    const { quiz } = await quizFor(owner.id, { attemptsAllowed: 1 });
    const view = await startAttempt(learner.id, quiz.id, T0);
    await submitAttempt(learner.id, view.id, at(1000));
    await expect(startAttempt(learner.id, quiz.id, at(2000))).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/all 1 attempt/),
    });
  });

  it("the sweep finalizes open attempts past their deadline, scored on saved answers", async () => {
    const learner = await makeUser();
    const { quiz } = await quizFor(owner.id, { timeLimitSeconds: 20, questionCount: 2 });
    const view = await startAttempt(learner.id, quiz.id, T0);
    const stored = await db.question.findUniqueOrThrow({ where: { id: view.questions[1].id } });
    await saveAnswer(learner.id, view.id, { questionId: stored.id, answer: rightAnswer(toSolution(stored)) }, at(3000));
    expect(await finalizeExpired({ userId: learner.id }, at(21_000))).toBe(0); // within grace
    expect(await finalizeExpired({ userId: learner.id }, at(22_500))).toBe(1);
    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: view.id } });
    expect(row).toMatchObject({ status: "EXPIRED", scorePercent: 50 });
  });

  it("wrong and unanswered questions become due now in the learner's study queue", async () => {
    const learner = await makeUser();
    const { quiz, deck } = await quizFor(owner.id, { count: 3, questionCount: 3 });
    const view = await startAttempt(learner.id, quiz.id, T0);
    const [first, second] = view.questions;
    const s1 = await db.question.findUniqueOrThrow({ where: { id: first.id } });
    await saveAnswer(learner.id, view.id, { questionId: first.id, answer: rightAnswer(toSolution(s1)) }, at(1000));
    const wrongChoice =
      second.view.type === "single" ? second.view.options.find((o) => o.text.startsWith("wrong"))!.id : "";
    await saveAnswer(learner.id, view.id, { questionId: second.id, answer: { choice: wrongChoice } }, at(1000));
    await submitAttempt(learner.id, view.id, at(2000));
    const queue = await getQueue({ ...learner, newCardsPerDay: 0 }, at(3000));
    expect(queue.cards.map((c) => c.question.id).sort()).toEqual(
      view.questions
        .slice(1)
        .map((q) => q.id)
        .sort(),
    );
    expect(queue.cards.every((c) => c.kind === "due")).toBe(true);
    expect(await db.deckEnrollment.count({ where: { userId: learner.id, deckId: deck.id } })).toBe(1);
  });

  it("shows answers per policy: never, or only after the last attempt", async () => {
    const learner = await makeUser();
    const never = await quizFor(owner.id, { showAnswers: "NEVER" });
    const v1 = await startAttempt(learner.id, never.quiz.id, T0);
    await submitAttempt(learner.id, v1.id, at(1000));
    const r1 = await getAttemptResult(learner.id, v1.id, at(1000));
    expect(r1.answersShown).toBe(false);
    expect(JSON.stringify(r1)).not.toMatch(/"solution"|"explanation"/);

    const last = await quizFor(owner.id, { showAnswers: "AFTER_LAST_ATTEMPT", attemptsAllowed: 2 });
    const a1 = await startAttempt(learner.id, last.quiz.id, T0);
    await submitAttempt(learner.id, a1.id, at(1000));
    expect((await getAttemptResult(learner.id, a1.id, at(1000))).answersShown).toBe(false);
    const a2 = await startAttempt(learner.id, last.quiz.id, at(2000));
    await submitAttempt(learner.id, a2.id, at(3000));
    const shown = await getAttemptResult(learner.id, a1.id, at(4000));
    expect(shown.answersShown).toBe(true);
    expect(shown.items[0].explanation).toMatch(/Because/);
  });

  describe("through the API", () => {
    it("bad input: a question not in the attempt, a wrong shape, someone else's attempt; nothing written", async () => {
      const learner = await makeUser();
      const other = await makeUser();
      const { quiz } = await quizFor(owner.id);
      signInAs(learner);
      const started = await call(startRoute.POST, { method: "POST", params: { quizId: quiz.id } });
      expect(started.status).toBe(201);
      const attemptId = started.body.id;
      const q = started.body.questions[0];
      const notIn = await call(answersRoute.PUT, {
        method: "PUT",
        params: { attemptId },
        body: { questionId: "not-a-question", answer: { choice: "x" } },
      });
      expect(notIn.status).toBe(400);
      expect(notIn.body.error.fields.questionId).toBeDefined();
      const shape = await call(answersRoute.PUT, {
        method: "PUT",
        params: { attemptId },
        body: { questionId: q.id, answer: { text: "hello" } },
      });
      expect(shape.status).toBe(400);
      const unknownOption = await call(answersRoute.PUT, {
        method: "PUT",
        params: { attemptId },
        body: { questionId: q.id, answer: { choice: "o-nope" } },
      });
      expect(unknownOption.status).toBe(400);
      signInAs(other);
      const theirs = await call(answersRoute.PUT, {
        method: "PUT",
        params: { attemptId },
        body: { questionId: q.id, answer: { choice: q.view.options[0].id } },
      });
      expect(theirs.status).toBe(404);
      expect((await call(attemptRoute.GET, { params: { attemptId } })).status).toBe(404);
      expect((await call(resultRoute.GET, { params: { attemptId } })).status).toBe(404);
      expect((await call(submitRoute.POST, { method: "POST", params: { attemptId } })).status).toBe(404);
      expect(await db.quizResponse.count({ where: { attemptId } })).toBe(0);
      signInAs(null);
      expect((await call(startRoute.POST, { method: "POST", params: { quizId: quiz.id } })).status).toBe(401);
    });

    it("no response before submission carries an answer key (every curriculum type)", async () => {
      const { decks } = loadCurriculum();
      await seedCurriculum(db, decks);
      const learner = await makeUser();
      signInAs(learner);
      const quizzes = (await call(quizzesRoute.GET)).body.quizzes as { id: string }[];
      expect(quizzes.length).toBeGreaterThanOrEqual(4);
      const bodies: string[] = [];
      const seenTypes = new Set<string>();
      for (const { id } of quizzes) {
        await db.quiz.update({ where: { id }, data: { questionCount: 40 } });
        const started = await call(startRoute.POST, { method: "POST", params: { quizId: id } });
        bodies.push(JSON.stringify(started.body));
        const attemptId = started.body.id;
        for (const q of started.body.questions) {
          seenTypes.add(q.type);
          const stored = await db.question.findUniqueOrThrow({ where: { id: q.id } });
          // Save a real (right) answer: the save reply must not say whether it was right.
          const saved = await call(answersRoute.PUT, {
            method: "PUT",
            params: { attemptId },
            body: { questionId: q.id, answer: rightAnswer(toSolution(stored)) },
          });
          expect(saved.status).toBe(200);
          expect(Object.keys(saved.body).sort()).toEqual(["questionId", "savedAt"]);
          bodies.push(JSON.stringify(saved.body));
        }
        bodies.push(JSON.stringify((await call(attemptRoute.GET, { params: { attemptId } })).body));
        const early = await call(resultRoute.GET, { params: { attemptId } });
        expect(early.status).toBe(409);
        bodies.push(JSON.stringify(early.body));
        bodies.push(JSON.stringify((await call(quizzesRoute.GET)).body));

        const everything = bodies.join("\n");
        expect(everything).not.toMatch(/"(correct|accepted|solution|explanation|answerKey|back|feedback|score)"\s*:/);
        for (const q of started.body.questions) {
          const stored = await db.question.findUniqueOrThrow({ where: { id: q.id } });
          const sol = toSolution(stored);
          const keys = sol.type === "short" ? sol.accepted : sol.type === "cloze" ? sol.accepted.flat() : [];
          const ownView = JSON.stringify(q).toLowerCase();
          for (const k of keys)
            expect(ownView).not.toMatch(new RegExp(`\\b${k.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`));
          expect(gradeAnswer(stored, rightAnswer(sol)).correct).toBe(true);
        }
      }
      expect([...seenTypes].sort()).toEqual([
        "cloze",
        "matching",
        "multiple",
        "numeric",
        "ordering",
        "short",
        "single",
        "truefalse",
      ]);
      // After submission the answers are shown. A curriculum quiz's attempt: the list also holds this
      // file's other quizzes, some of which never show answers (findMany without an order picked any).
      const { id: attemptId } = await db.quizAttempt.findFirstOrThrow({
        where: { userId: learner.id, quiz: { deck: { slug: { in: decks.map((d) => d.slug) } } } },
        orderBy: { startedAt: "asc" },
      });
      const done = await call(submitRoute.POST, { method: "POST", params: { attemptId } });
      expect(done.status).toBe(200);
      expect(done.body.scorePercent).toBe(100);
      expect(done.body.items[0].solution).toBeDefined();
    });
  });

  it("while an attempt is open its questions cannot be checked or graded with an answer elsewhere", async () => {
    const learner = await makeUser();
    const { quiz, deck } = await quizFor(owner.id, { count: 2, questionCount: 1 });
    const view = await startAttempt(learner.id, quiz.id);
    const inQuiz = view.questions[0];
    const other = deck.questions.find((q) => q.id !== inQuiz.id)!;
    signInAs(learner);
    const choice = inQuiz.view.type === "single" ? inQuiz.view.options[0].id : "";
    const check = await call(checkRoute.POST, { body: { questionId: inQuiz.id, answer: { choice } } });
    expect(check.status).toBe(409);
    expect(JSON.stringify(check.body)).not.toMatch(/"correct"|"solution"/);
    const review = await call(reviewsRoute.POST, {
      body: {
        clientRequestId: crypto.randomUUID(),
        questionId: inQuiz.id,
        grade: 2,
        expectedVersion: 0,
        answer: { choice },
      },
    });
    expect(review.status).toBe(409);
    expect((await call(checkRoute.POST, { body: { questionId: other.id } })).status).toBe(200);
    await submitAttempt(learner.id, view.id);
    expect((await call(checkRoute.POST, { body: { questionId: inQuiz.id, answer: { choice } } })).status).toBe(200);
  });

  it("a finished attempt cannot be reopened as an attempt view", async () => {
    const learner = await makeUser();
    const deck = await makeDeck(owner.id, { questions: [singleChoice(1)] });
    const quiz = await db.quiz.create({ data: { deckId: deck.id, title: "one", questionCount: 1 } });
    const view = await startAttempt(learner.id, quiz.id, T0);
    await submitAttempt(learner.id, view.id, at(1000));
    await expect(getAttemptView(learner.id, view.id, at(2000))).rejects.toBeInstanceOf(AppError);
  });
});
