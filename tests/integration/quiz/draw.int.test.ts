import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { startAttempt } from "@/lib/quiz/attempts";
import { makeDeck, makeUser, singleChoice } from "@/tests/helpers/factories";

const T0 = new Date("2026-06-10T12:00:00Z");

/** A quiz without pools draws in one statement (lib/quiz/pool-draw.ts); these are the questions it may take. */
describe("a quiz without pools draws only live, scorable questions of its own deck", () => {
  let owner: Awaited<ReturnType<typeof makeUser>>;
  beforeAll(async () => {
    owner = await makeUser({ role: "INSTRUCTOR" });
  });

  it("never a flashcard, an archived or not-yet-published question, or another deck's; quiz-only ones are drawn", async () => {
    const deck = await makeDeck(owner.id, {
      questions: [
        singleChoice(1),
        singleChoice(2),
        { ...singleChoice(3), quizOnly: true },
        singleChoice(4),
        singleChoice(5),
        { type: "flashcard", prompt: "Front", explanation: "", section: undefined, payload: { back: "Back" } },
      ],
    });
    const [live1, live2, quizOnly, archived, unpublished, flashcard] = deck.questions.sort(
      (a, b) => a.position - b.position,
    );
    await db.question.update({ where: { id: archived.id }, data: { archivedAt: T0 } });
    await db.question.update({ where: { id: unpublished.id }, data: { publishedAt: null } });
    await makeDeck(owner.id, { count: 5 }); // another deck's questions are never drawn
    const quiz = await db.quiz.create({
      data: {
        deckId: deck.id,
        title: "Q",
        questionCount: 10,
        timeLimitSeconds: 60,
        attemptsAllowed: 3,
        passMarkPercent: 70,
        shuffle: false,
      },
    });

    const view = await startAttempt((await makeUser()).id, quiz.id, T0);
    // Ten asked, three can be drawn: all three, once each, in the deck's order (the quiz does not shuffle).
    expect(view.questions.map((q) => q.id)).toEqual([live1.id, live2.id, quizOnly.id]);
    const attempt = await db.quizAttempt.findUniqueOrThrow({ where: { id: view.id } });
    expect((attempt.items as { questionId: string; version: number }[]).map((i) => [i.questionId, i.version])).toEqual(
      [live1, live2, quizOnly].map((q) => [q.id, 1]),
    );
    expect([archived.id, unpublished.id, flashcard.id].some((id) => view.questions.some((q) => q.id === id))).toBe(
      false,
    );
  });

  it("draws questionCount distinct questions, a different set across starts", async () => {
    const deck = await makeDeck(owner.id, { count: 30 });
    const quiz = await db.quiz.create({
      data: {
        deckId: deck.id,
        title: "Q",
        questionCount: 5,
        timeLimitSeconds: 60,
        attemptsAllowed: 1,
        passMarkPercent: 70,
      },
    });
    const draws = await Promise.all(
      Array.from({ length: 6 }, async () => (await startAttempt((await makeUser()).id, quiz.id, T0)).questions),
    );
    for (const qs of draws) {
      expect(new Set(qs.map((q) => q.id)).size).toBe(5);
      expect(qs.every((q) => deck.questions.some((d) => d.id === q.id))).toBe(true);
    }
    // Six draws of 5 from 30 all equal happens with probability ~ (1/142506)^5.
    expect(
      new Set(
        draws.map((qs) =>
          qs
            .map((q) => q.id)
            .sort()
            .join(),
        ),
      ).size,
    ).toBeGreaterThan(1);
  });

  it("a deck with nothing scorable is a clear 422, and no attempt is written", async () => {
    const deck = await makeDeck(owner.id, {
      questions: [
        { type: "flashcard", prompt: "Front", explanation: "", section: undefined, payload: { back: "Back" } },
      ],
    });
    const quiz = await db.quiz.create({
      data: {
        deckId: deck.id,
        title: "Q",
        questionCount: 3,
        timeLimitSeconds: 60,
        attemptsAllowed: 1,
        passMarkPercent: 70,
      },
    });
    const learner = await makeUser();
    const err = await startAttempt(learner.id, quiz.id, T0).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(422);
    expect(await db.quizAttempt.count({ where: { userId: learner.id } })).toBe(0);
  });
});
