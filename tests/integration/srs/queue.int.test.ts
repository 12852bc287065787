import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getQueue } from "@/lib/srs/queue";
import { recordReview } from "@/lib/srs/reviews";
import { enroll, makeDeck, makeUser, requestId } from "@/tests/helpers/factories";

async function learnerWithDeck(
  opts: { timeZone?: string; newCardsPerDay?: number; reviewsPerDay?: number; count?: number } = {},
) {
  const owner = await makeUser({ role: "INSTRUCTOR" });
  const learner = await makeUser(opts);
  const deck = await makeDeck(owner.id, { count: opts.count ?? 30 });
  await enroll(learner.id, deck.id);
  return { learner, deck, owner };
}

const grade = (
  learner: { id: string; timeZone: string },
  questionId: string,
  g: 0 | 1 | 2 | 3 | 4 | 5,
  at: Date,
  expectedVersion = 0,
) => recordReview(learner, { clientRequestId: requestId(), questionId, grade: g, expectedVersion }, at);

describe("study queue", () => {
  it("offers new cards up to the daily new-card limit, in deck order", async () => {
    const { learner, deck } = await learnerWithDeck({ newCardsPerDay: 5 });
    const q = await getQueue(learner, new Date("2026-06-10T10:00:00Z"));
    expect(q.counts).toMatchObject({ due: 0, new: 5, doneToday: 0 });
    expect(q.cards.map((c) => c.question.id)).toEqual(deck.questions.slice(0, 5).map((x) => x.id));
    expect(q.cards.every((c) => c.kind === "new" && c.state.isNew)).toBe(true);
  });

  it("counts today's new cards against the limit and never shows answers", async () => {
    const { learner, deck } = await learnerWithDeck({ newCardsPerDay: 3 });
    const now = new Date("2026-06-10T10:00:00Z");
    await grade(learner, deck.questions[0].id, 5, now);
    await grade(learner, deck.questions[1].id, 4, now);
    const q = await getQueue(learner, now);
    expect(q.counts).toMatchObject({ new: 1, newToday: 2, doneToday: 2 });
    expect(JSON.stringify(q)).not.toMatch(/"correct"|explanation|accepted/);
  });

  it("shows due cards first, oldest due first, then new cards", async () => {
    const { learner, deck } = await learnerWithDeck({ newCardsPerDay: 2 });
    const day1 = new Date("2026-06-10T10:00:00Z");
    await grade(learner, deck.questions[0].id, 4, day1);
    await grade(learner, deck.questions[1].id, 4, new Date("2026-06-10T11:00:00Z"));
    // Make the second card older-due than the first.
    await db.reviewState.updateMany({
      where: { userId: learner.id, questionId: deck.questions[1].id },
      data: { dueAt: new Date("2026-06-10T20:00:00Z") },
    });
    const q = await getQueue(learner, new Date("2026-06-11T10:00:00Z"));
    expect(q.cards.map((c) => c.kind)).toEqual(["due", "due", "new", "new"]);
    expect(q.cards[0].question.id).toBe(deck.questions[1].id);
  });

  it("caps due and new cards together by the daily review limit", async () => {
    const { learner, deck } = await learnerWithDeck({ newCardsPerDay: 20, reviewsPerDay: 4 });
    const day1 = new Date("2026-06-10T10:00:00Z");
    for (const q of deck.questions.slice(0, 3)) await grade(learner, q.id, 4, day1);
    // 3 done today, limit 4: one card left today
    expect((await getQueue(learner, day1)).counts).toMatchObject({ remainingToday: 1, new: 1 });
    const day2 = await getQueue(learner, new Date("2026-06-11T10:00:00Z"));
    expect(day2.counts).toMatchObject({ due: 3, new: 1, remainingToday: 4 });
    expect(day2.cards).toHaveLength(4);
  });

  it("a card graded below 4 comes back the same day as a drill until graded 4 or 5", async () => {
    const { learner, deck } = await learnerWithDeck({ newCardsPerDay: 1 });
    const now = new Date("2026-06-10T10:00:00Z");
    const first = await grade(learner, deck.questions[0].id, 2, now);
    let q = await getQueue(learner, now);
    expect(q.cards.map((c) => c.kind)).toEqual(["drill"]);
    const drill = await grade(learner, deck.questions[0].id, 3, now, first.state.version);
    expect(drill.review.drill).toBe(true);
    expect((await getQueue(learner, now)).cards.map((c) => c.kind)).toEqual(["drill"]);
    await grade(learner, deck.questions[0].id, 4, now, drill.state.version);
    q = await getQueue(learner, now);
    expect(q.cards).toHaveLength(0);
    // The failed card is scheduled for tomorrow, unchanged by the drills.
    const state = await db.reviewState.findFirstOrThrow({ where: { userId: learner.id } });
    expect(state).toMatchObject({ repetitions: 0, intervalDays: 1 });
  });

  it("today starts at 04:00 in the learner's zone (Tokyo vs New York)", async () => {
    for (const [timeZone, dueAt, beforeDue, afterDue] of [
      ["Asia/Tokyo", "2026-06-10T19:00:00.000Z", "2026-06-10T18:59:00Z", "2026-06-10T19:00:00Z"],
      ["America/New_York", "2026-06-11T08:00:00.000Z", "2026-06-11T07:59:00Z", "2026-06-11T08:00:00Z"],
    ] as const) {
      const { learner, deck } = await learnerWithDeck({ timeZone, newCardsPerDay: 0 });
      const r = await grade(learner, deck.questions[0].id, 4, new Date("2026-06-10T12:00:00Z"));
      expect(r.state.dueAt).toBe(dueAt);
      expect((await getQueue(learner, new Date(beforeDue))).counts.due).toBe(0);
      expect((await getQueue(learner, new Date(afterDue))).counts.due).toBe(1);
    }
  });

  it("a review at 02:00 local counts for the previous study day", async () => {
    const { learner, deck } = await learnerWithDeck({ timeZone: "Europe/Berlin", newCardsPerDay: 2 });
    // 2026-06-10 02:00 Berlin (00:00Z) belongs to study day 2026-06-09
    await grade(learner, deck.questions[0].id, 5, new Date("2026-06-10T00:00:00Z"));
    const lateNight = await getQueue(learner, new Date("2026-06-10T01:00:00Z"));
    expect(lateNight.studyDay).toBe("2026-06-09");
    expect(lateNight.counts.newToday).toBe(1);
    const morning = await getQueue(learner, new Date("2026-06-10T03:00:00Z")); // 05:00 Berlin
    expect(morning.studyDay).toBe("2026-06-10");
    expect(morning.counts).toMatchObject({ newToday: 0, due: 1 });
  });

  it("across a DST change the due moment is still 04:00 local", async () => {
    const { learner, deck } = await learnerWithDeck({ timeZone: "America/New_York" });
    // Reviewed Saturday 2026-03-07 (EST); due Sunday 2026-03-08 04:00 EDT = 08:00Z, not 09:00Z
    const r = await grade(learner, deck.questions[0].id, 4, new Date("2026-03-07T20:00:00Z"));
    expect(r.state.dueAt).toBe("2026-03-08T08:00:00.000Z");
    expect((await getQueue(learner, new Date("2026-03-08T07:59:00Z"))).counts.due).toBe(0);
    expect((await getQueue(learner, new Date("2026-03-08T08:00:00Z"))).counts.due).toBe(1);
  });

  it("leaves out archived questions, unpublished decks and decks the learner does not study", async () => {
    const { learner, deck, owner } = await learnerWithDeck({ count: 3 });
    await db.question.update({ where: { id: deck.questions[0].id }, data: { archivedAt: new Date() } });
    const other = await makeDeck(owner.id, { count: 2 });
    const draft = await makeDeck(owner.id, { status: "DRAFT", count: 2 });
    await enroll(learner.id, draft.id);
    const q = await getQueue(learner, new Date("2026-06-10T10:00:00Z"));
    const ids = q.cards.map((c) => c.question.id);
    expect(ids).toEqual(deck.questions.slice(1).map((x) => x.id));
    expect(ids.some((id) => other.questions.some((o) => o.id === id))).toBe(false);
  });
});
