import { describe, expect, it } from "vitest";
import { getQueue } from "@/lib/srs/queue";
import { recordReview } from "@/lib/srs/reviews";
import { undoLastReview } from "@/lib/srs/undo-review";
import { enroll, makeDeck, makeUser, requestId } from "@/tests/helpers/factories";

async function learnerWithDeck() {
  const owner = await makeUser({ role: "INSTRUCTOR" });
  const learner = await makeUser({ newCardsPerDay: 5, timeZone: "Europe/Berlin" });
  const deck = await makeDeck(owner.id, { count: 5 });
  await enroll(learner.id, deck.id);
  return { learner, deck };
}

describe("the queue sends what each grade would do, and today's grades", () => {
  it("a new card: every grade is due the next study day (04:00 Berlin), grades below 4 come back today", async () => {
    const { learner } = await learnerWithDeck();
    const q = await getQueue(learner, new Date("2026-06-10T10:00:00Z"));
    expect(q.cards[0].next).toEqual(
      [0, 1, 2, 3, 4, 5].map((grade) => ({ grade, dueAt: "2026-06-11T02:00:00.000Z", again: grade < 4 })),
    );
  });

  it("a due card shows SM-2's own intervals: 6 days after the first pass, EF × interval after that", async () => {
    const { learner, deck } = await learnerWithDeck();
    const id = deck.questions[0].id;
    const first = await recordReview(
      learner,
      { clientRequestId: requestId(), questionId: id, grade: 5, expectedVersion: 0 },
      new Date("2026-06-10T10:00:00Z"),
    );
    const day2 = await getQueue(learner, new Date("2026-06-11T10:00:00Z"));
    const card = day2.cards.find((c) => c.question.id === id)!;
    expect(card.kind).toBe("due");
    expect(card.next.find((n) => n.grade === 4)!.dueAt).toBe("2026-06-17T02:00:00.000Z");
    expect(card.next.find((n) => n.grade === 0)!.dueAt).toBe("2026-06-12T02:00:00.000Z");
    await recordReview(
      learner,
      { clientRequestId: requestId(), questionId: id, grade: 5, expectedVersion: first.state.version },
      new Date("2026-06-11T10:00:00Z"),
    );
    const day8 = await getQueue(learner, new Date("2026-06-17T10:00:00Z"));
    // E-Factor 2.7 after two 5s: 6 × 2.7 = 16.2 → 17 days; a 3 uses the same E-Factor for the interval.
    const again = day8.cards.find((c) => c.question.id === id)!;
    expect(again.next.find((n) => n.grade === 3)!.dueAt).toBe("2026-07-04T02:00:00.000Z");
  });

  it("a drill keeps its due date whatever the grade", async () => {
    const { learner, deck } = await learnerWithDeck();
    const id = deck.questions[0].id;
    const now = new Date("2026-06-10T10:00:00Z");
    const failed = await recordReview(
      learner,
      { clientRequestId: requestId(), questionId: id, grade: 1, expectedVersion: 0 },
      now,
    );
    const drill = (await getQueue(learner, now)).cards.find((c) => c.kind === "drill")!;
    expect(new Set(drill.next.map((n) => n.dueAt))).toEqual(new Set([failed.state.dueAt]));
  });

  it("today's summary comes from the log, so a reload keeps it, and an undone grade leaves it", async () => {
    const { learner, deck } = await learnerWithDeck();
    const now = new Date("2026-06-10T10:00:00Z");
    const grades = [5, 4, 1] as const;
    for (const [i, g] of grades.entries()) {
      await recordReview(
        learner,
        { clientRequestId: requestId(), questionId: deck.questions[i].id, grade: g, expectedVersion: 0 },
        new Date(now.getTime() + i * 60_000),
      );
    }
    const later = new Date("2026-06-10T12:00:00Z");
    expect((await getQueue(learner, later)).today).toMatchObject({
      reviewed: 3,
      grades: [0, 1, 0, 0, 1, 1],
      firstReviewAt: "2026-06-10T10:00:00.000Z",
      lastReviewAt: "2026-06-10T10:02:00.000Z",
    });
    await undoLastReview(learner.id, later);
    expect((await getQueue(learner, later)).today).toMatchObject({ reviewed: 2, grades: [0, 0, 0, 0, 1, 1] });
    // The next study day starts empty.
    expect((await getQueue(learner, new Date("2026-06-11T10:00:00Z"))).today.reviewed).toBe(0);
  });
});
