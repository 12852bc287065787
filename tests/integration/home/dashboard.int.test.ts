import { describe, expect, it } from "vitest";
import { getDashboard } from "@/lib/home/dashboard";
import { recordReview } from "@/lib/srs/reviews";
import { enroll, makeDeck, makeUser, requestId } from "@/tests/helpers/factories";

describe("dashboard", () => {
  it("greets a learner with no decks as new, with nothing to study", async () => {
    const learner = await makeUser();
    const d = await getDashboard(learner, new Date("2026-06-10T12:00:00Z"));
    expect(d).toEqual({
      due: 0,
      new: 0,
      drill: 0,
      streak: 0,
      enrolledDecks: 0,
      hasReviewed: false,
      nextDueAt: null,
    });
  });

  it("counts new and due cards as the study queue does, and the streak in the learner's study days", async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const learner = await makeUser({ timeZone: "America/New_York", newCardsPerDay: 3 });
    const deck = await makeDeck(owner.id, { count: 6 });
    await enroll(learner.id, deck.id);
    const [a, b] = deck.questions;

    const first = await getDashboard(learner, new Date("2026-06-08T13:00:00Z"));
    expect(first).toMatchObject({ due: 0, new: 3, streak: 0, enrolledDecks: 1, hasReviewed: false });

    // Study day Jun 8 (New York): a passes (due Jun 9); 03:00 local on Jun 10 still belongs to study day Jun 9: b passes (due Jun 10).
    await recordReview(
      learner,
      { clientRequestId: requestId(), questionId: a.id, grade: 5, expectedVersion: 0 },
      new Date("2026-06-08T14:00:00Z"),
    );
    await recordReview(
      learner,
      { clientRequestId: requestId(), questionId: b.id, grade: 5, expectedVersion: 0 },
      new Date("2026-06-10T07:00:00Z"),
    );
    // 09:00 New York on Jun 10: two study days in a row, and a (due 04:00 Jun 9) and b (due Jun 10) are due.
    const later = await getDashboard(learner, new Date("2026-06-10T13:00:00Z"));
    expect(later).toMatchObject({ due: 2, new: 3, streak: 2, hasReviewed: true, nextDueAt: null });
  });

  it("breaks the streak on a day without reviews and says when the next card is due once all is done", async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const learner = await makeUser({ timeZone: "UTC", newCardsPerDay: 1 });
    const deck = await makeDeck(owner.id, { count: 1 });
    await enroll(learner.id, deck.id);
    await recordReview(
      learner,
      { clientRequestId: requestId(), questionId: deck.questions[0].id, grade: 5, expectedVersion: 0 },
      new Date("2026-06-08T12:00:00Z"),
    );
    const sameDay = await getDashboard(learner, new Date("2026-06-08T18:00:00Z"));
    expect(sameDay).toMatchObject({ due: 0, new: 0, streak: 1 });
    // Interval 1 day: due at the start of study day Jun 9 (04:00 UTC).
    expect(sameDay.nextDueAt?.toISOString()).toBe("2026-06-09T04:00:00.000Z");

    const twoDaysLater = await getDashboard(learner, new Date("2026-06-10T12:00:00Z"));
    expect(twoDaysLater).toMatchObject({ due: 1, streak: 0, nextDueAt: null });

    const other = await makeUser();
    expect(await getDashboard(other, new Date("2026-06-08T18:00:00Z"))).toMatchObject({
      due: 0,
      streak: 0,
      hasReviewed: false,
    });
  });
});
