import { describe, expect, it } from "vitest";
import { getProgress } from "@/lib/srs/stats";
import { recordReview } from "@/lib/srs/reviews";
import { db } from "@/lib/db/client";
import { enroll, makeDeck, makeUser, requestId } from "@/tests/helpers/factories";

describe("progress", () => {
  it("counts streak, reviews per day, forecast, retention and stages in the learner's days", async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const learner = await makeUser({ timeZone: "America/New_York" });
    const deck = await makeDeck(owner.id, { count: 5 });
    await enroll(learner.id, deck.id);
    const [a, b, c] = deck.questions;
    // Study days (New York, day starts 04:00): Jun 8, Jun 9, Jun 10
    const r1 = await recordReview(
      learner,
      { clientRequestId: requestId(), questionId: a.id, grade: 5, expectedVersion: 0 },
      new Date("2026-06-08T14:00:00Z"),
    );
    await recordReview(
      learner,
      { clientRequestId: requestId(), questionId: a.id, grade: 4, expectedVersion: r1.state.version },
      new Date("2026-06-09T14:00:00Z"),
    );
    await recordReview(
      learner,
      { clientRequestId: requestId(), questionId: b.id, grade: 1, expectedVersion: 0 },
      new Date("2026-06-09T15:00:00Z"),
    );
    // 03:00 New York on Jun 11 still belongs to study day Jun 10
    await recordReview(
      learner,
      { clientRequestId: requestId(), questionId: c.id, grade: 3, expectedVersion: 0 },
      new Date("2026-06-11T07:00:00Z"),
    );

    const p = await getProgress(learner, new Date("2026-06-11T07:30:00Z"));
    expect(p.today).toBe("2026-06-10");
    expect(p.streak).toBe(3);
    expect(p.heatmap).toEqual([
      { day: "2026-06-08", count: 1 },
      { day: "2026-06-09", count: 2 },
      { day: "2026-06-10", count: 1 },
    ]);
    expect(p.totalReviews).toBe(4);
    // a: interval 6 from Jun 9 → Jun 15; b: failed Jun 9 → due Jun 10 (today, overdue); c: Jun 11
    expect(p.forecast[0]).toEqual({ day: "2026-06-10", count: 1 });
    expect(p.forecast[1]).toEqual({ day: "2026-06-11", count: 1 });
    expect(p.forecast[5]).toEqual({ day: "2026-06-15", count: 1 });
    expect(p.forecast.reduce((n, f) => n + f.count, 0)).toBe(3);
    const totals = p.retention.reduce(
      (acc, w) => ({ reviews: acc.reviews + w.reviews, retained: acc.retained + w.retained }),
      { reviews: 0, retained: 0 },
    );
    expect(totals).toEqual({ reviews: 4, retained: 3 });
    expect(p.stages).toEqual({ new: 2, learning: 1, young: 2, mature: 0 });

    const other = await makeUser();
    expect((await getProgress(other, new Date("2026-06-11T07:30:00Z"))).totalReviews).toBe(0);
  });

  it("counts cards by stage over the same decks as the forecast: enrolled, published, not archived", async () => {
    const owner = await makeUser({ role: "INSTRUCTOR" });
    const learner = await makeUser();
    const kept = await makeDeck(owner.id, { count: 2 });
    const dropped = await makeDeck(owner.id, { count: 2 });
    const archived = await makeDeck(owner.id, { count: 2 });
    for (const deck of [kept, dropped, archived]) {
      await enroll(learner.id, deck.id);
      for (const q of deck.questions)
        await recordReview(learner, { clientRequestId: requestId(), questionId: q.id, grade: 5, expectedVersion: 0 });
    }
    await db.deckEnrollment.delete({ where: { userId_deckId: { userId: learner.id, deckId: dropped.id } } });
    await db.deck.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });

    const p = await getProgress(learner);
    expect(p.forecast.reduce((n, f) => n + f.count, 0)).toBe(2);
    expect(p.stages).toEqual({ new: 0, learning: 0, young: 2, mature: 0 });
  });
});
