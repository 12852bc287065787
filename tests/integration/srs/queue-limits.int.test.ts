import { describe, expect, it } from "vitest";
import { displayRng } from "@/lib/questions/display-order";
import { textId } from "@/lib/questions/ids";
import { toPublicQuestion } from "@/lib/questions/redact";
import type { QuestionInput } from "@/lib/questions/schemas";
import { getQueue } from "@/lib/srs/queue";
import { recordReview } from "@/lib/srs/reviews";
import type { Grade } from "@/lib/srs/sm2";
import { enroll, makeDeck, makeUser, requestId } from "@/tests/helpers/factories";

const DAY1 = new Date("2026-06-10T10:00:00Z");
const DAY2 = new Date("2026-06-11T10:00:00Z");

async function learnerWithDeck(
  opts: { newCardsPerDay?: number; reviewsPerDay?: number; count?: number; questions?: QuestionInput[] } = {},
) {
  const owner = await makeUser({ role: "INSTRUCTOR" });
  const learner = await makeUser(opts);
  const deck = await makeDeck(owner.id, { count: opts.count ?? 10, questions: opts.questions });
  await enroll(learner.id, deck.id);
  return { learner, deck, ids: deck.questions.map((q) => q.id) };
}

const grade = (
  learner: { id: string; timeZone: string },
  questionId: string,
  g: Grade,
  at: Date,
  expectedVersion = 0,
  answer?: unknown,
) => recordReview(learner, { clientRequestId: requestId(), questionId, grade: g, expectedVersion, answer }, at);

describe("queue limits and counts", () => {
  it("a page as long as the due cards holds no new card, while the counts still cover every due and new card", async () => {
    const { learner, ids } = await learnerWithDeck({ newCardsPerDay: 5 });
    // Reviewed on successive days, so they fell due oldest first.
    for (const [i, id] of ids.slice(0, 3).entries())
      await grade(learner, id, 4, new Date(DAY1.getTime() - (2 - i) * 86_400_000));
    const q = await getQueue(learner, DAY2, 2);
    expect(q.cards.map((c) => [c.kind, c.question.id])).toEqual([
      ["due", ids[0]],
      ["due", ids[1]],
    ]);
    expect(q.counts).toMatchObject({ due: 3, new: 5, drill: 0, doneToday: 0, newToday: 0, remainingToday: 200 });

    const wider = await getQueue(learner, DAY2, 4);
    expect(wider.cards.map((c) => [c.kind, c.question.id])).toEqual([
      ["due", ids[0]],
      ["due", ids[1]],
      ["due", ids[2]],
      ["new", ids[3]],
    ]);
    expect(wider.counts).toMatchObject({ due: 3, new: 5 });
  });

  it("once today's review limit is used up, cards still due wait for tomorrow", async () => {
    const { learner, ids } = await learnerWithDeck({ newCardsPerDay: 5, reviewsPerDay: 2 });
    for (const id of ids.slice(0, 3)) await grade(learner, id, 4, DAY1);
    for (const id of ids.slice(0, 2)) await grade(learner, id, 4, DAY2, 1);
    const q = await getQueue(learner, DAY2);
    expect(q.cards).toEqual([]);
    expect(q.counts).toMatchObject({ due: 0, new: 0, doneToday: 2, newToday: 0, remainingToday: 0 });
    const tomorrow = await getQueue(learner, new Date("2026-06-12T10:00:00Z"));
    expect(tomorrow.cards.map((c) => [c.kind, c.question.id])).toEqual([
      ["due", ids[2]],
      ["new", ids[3]],
    ]);
  });

  it("drills are only this learner's cards graded below 4 today", async () => {
    const { learner, ids, deck } = await learnerWithDeck({ newCardsPerDay: 0 });
    const other = await makeUser();
    await enroll(other.id, deck.id);
    await grade(other, ids[1], 1, DAY1);
    await grade(other, ids[2], 0, DAY1);
    await grade(learner, ids[0], 2, DAY1);
    await grade(learner, ids[1], 5, DAY1);
    const q = await getQueue(learner, DAY1);
    expect(q.cards.map((c) => [c.kind, c.question.id])).toEqual([["drill", ids[0]]]);
    expect(q.counts).toMatchObject({ drill: 1, doneToday: 2, newToday: 2 });
  });

  it("a drill card's grade bar shows the intervals the review that made it a drill returned", async () => {
    const { learner, ids } = await learnerWithDeck({ newCardsPerDay: 0 });
    const r1 = await grade(learner, ids[0], 5, new Date("2026-06-01T10:00:00Z"));
    const r2 = await grade(learner, ids[0], 5, new Date("2026-06-02T10:00:00Z"), r1.state.version);
    const dueDay = new Date("2026-06-08T10:00:00Z");
    // A hard pass on a mature card: scheduled weeks out, and still drilled today.
    const hard = await grade(learner, ids[0], 3, dueDay, r2.state.version);
    expect(hard.state.intervalDays).toBeGreaterThan(6);
    const [card] = (await getQueue(learner, dueDay)).cards;
    expect(card.kind).toBe("drill");
    expect(card.next).toEqual(hard.next);
    // A drill leaves the schedule alone: whatever the grade, the card stays due when it was.
    expect(new Set(card.next.map((n) => n.dueAt))).toEqual(new Set([hard.state.dueAt]));
  });

  it("today's summary tells answered from self-graded and right from wrong", async () => {
    const { learner, ids } = await learnerWithDeck({ newCardsPerDay: 5 });
    await grade(learner, ids[0], 5, DAY1, 0, { choice: textId("o", "right 1") });
    await grade(learner, ids[1], 1, new Date(DAY1.getTime() + 60_000), 0, { choice: textId("o", "wrong 2") });
    await grade(learner, ids[2], 4, new Date(DAY1.getTime() + 120_000));
    const { today } = await getQueue(learner, new Date(DAY1.getTime() + 180_000));
    expect(today).toEqual({
      reviewed: 3,
      answered: 2,
      answeredRight: 1,
      grades: [0, 1, 0, 0, 1, 1],
      firstReviewAt: DAY1.toISOString(),
      lastReviewAt: new Date(DAY1.getTime() + 120_000).toISOString(),
    });
  });

  it("options come shuffled, the same way each time for this learner and card", async () => {
    const many = (n: number): QuestionInput => ({
      type: "single",
      prompt: `Pick ${n}`,
      explanation: "Because.",
      section: "1.1",
      payload: { options: Array.from({ length: 7 }, (_, i) => ({ text: `option ${n}.${i}`, correct: i === 0 })) },
    });
    const { learner, deck } = await learnerWithDeck({ newCardsPerDay: 5, questions: [many(1), many(2), many(3)] });
    const q = await getQueue(learner, DAY1);
    expect(q.cards).toHaveLength(3);
    for (const [i, card] of q.cards.entries()) {
      const stored = deck.questions[i];
      const expected = toPublicQuestion(stored, {
        shuffle: true,
        rng: displayRng({ userId: learner.id, questionId: stored.id }),
      });
      expect(card.question).toEqual({ ...expected, deckTitle: deck.title });
    }
    expect((await getQueue(learner, DAY1)).cards.map((c) => c.question)).toEqual(q.cards.map((c) => c.question));
  });
});
