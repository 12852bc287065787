import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEmptyCard, default_w, fsrs, Rating, type Card, type Grade as FsrsRating } from "ts-fsrs";
import { fromCard, fsrsNext, fsrsPreview, newFsrsState, resolveFsrsParams, toCard } from "@/lib/srs/fsrs/scheduler";

const T0 = new Date("2026-03-01T09:00:00Z");
const W2 = default_w.map((w, i) => (i < 4 ? w * 1.7 : w));

describe("fsrsNext equals ts-fsrs FSRS-6", () => {
  it("over many random grade sequences and gaps (seeded)", () => {
    const step = fc.record({
      rating: fc.constantFrom<FsrsRating>(Rating.Again, Rating.Hard, Rating.Good, Rating.Easy),
      gapMinutes: fc.integer({ min: 1, max: 60 * 24 * 90 }),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), fc.constantFrom(0.8, 0.9, 0.95), (steps, r) => {
        const direct = fsrs({ w: W2, request_retention: r, enable_fuzz: false, enable_short_term: true });
        let card: Card = createEmptyCard(T0);
        let state = newFsrsState(T0);
        let now = T0.getTime();
        for (const s of steps) {
          now += s.gapMinutes * 60_000;
          card = direct.next(card, new Date(now), s.rating).card;
          const out = fsrsNext(state, s.rating, new Date(now), { w: W2, desiredRetention: r });
          state = JSON.parse(JSON.stringify(out.state)) as typeof state; // must survive a DB round trip
          expect(out.due.getTime()).toBe(card.due.getTime());
          expect(state).toEqual(fromCard(card));
        }
      }),
      { seed: 20261201, numRuns: 200 },
    );
  });

  it("keeps a failed review card in same-day relearning (short-term steps on)", () => {
    let s = newFsrsState(T0);
    for (let d = 0; d < 3; d++) s = fsrsNext(s, Rating.Good, new Date(T0.getTime() + d * 10 * 86_400_000)).state;
    expect(s.state).toBe("Review");
    const now = new Date(T0.getTime() + 60 * 86_400_000);
    const lapse = fsrsNext(s, Rating.Again, now);
    expect(lapse.state.state).toBe("Relearning");
    expect(lapse.due.getTime() - now.getTime()).toBeLessThan(86_400_000);
    expect(lapse.state.lapses).toBe(1);
  });
});

describe("fsrsPreview", () => {
  it("gives, for each rating, exactly what fsrsNext would", () => {
    let s = newFsrsState(T0);
    const days = [0, 1, 4, 15];
    for (const d of days) {
      const now = new Date(T0.getTime() + d * 86_400_000);
      const preview = fsrsPreview(s, now);
      expect(preview.again).toEqual(fsrsNext(s, Rating.Again, now));
      expect(preview.hard).toEqual(fsrsNext(s, Rating.Hard, now));
      expect(preview.good).toEqual(fsrsNext(s, Rating.Good, now));
      expect(preview.easy).toEqual(fsrsNext(s, Rating.Easy, now));
      expect(preview.again.due.getTime()).toBeLessThanOrEqual(preview.easy.due.getTime());
      s = preview.good.state;
    }
  });

  it("schedules longer intervals at lower desired retention", () => {
    let s = newFsrsState(T0);
    s = fsrsNext(s, Rating.Good, T0).state;
    s = fsrsNext(s, Rating.Good, new Date(T0.getTime() + 86_400_000)).state;
    const now = new Date(T0.getTime() + 5 * 86_400_000);
    const low = fsrsPreview(s, now, { desiredRetention: 0.7 }).good.due.getTime();
    const high = fsrsPreview(s, now, { desiredRetention: 0.97 }).good.due.getTime();
    expect(low).toBeGreaterThan(high);
  });
});

describe("params and state conversion", () => {
  it("validates desired retention 0.70–0.97 and the 21 weights", () => {
    expect(resolveFsrsParams().desiredRetention).toBe(0.9);
    expect(resolveFsrsParams().w).toEqual(default_w);
    for (const r of [0.69, 0.98, NaN]) expect(() => resolveFsrsParams({ desiredRetention: r })).toThrow(RangeError);
    expect(() => fsrsNext(newFsrsState(T0), Rating.Good, T0, { desiredRetention: 0.5 })).toThrow(/desiredRetention/);
    expect(() => resolveFsrsParams({ w: default_w.slice(0, 19) })).toThrow(RangeError);
    expect(resolveFsrsParams({ desiredRetention: 0.7 }).desiredRetention).toBe(0.7);
    expect(resolveFsrsParams({ desiredRetention: 0.97 }).desiredRetention).toBe(0.97);
  });

  it("round-trips a card through the serialisable state", () => {
    const s = fsrsNext(newFsrsState(T0), Rating.Hard, T0).state;
    expect(fromCard(toCard(s))).toEqual(s);
    expect(s.lastReview).toBe(T0.toISOString());
    expect(() => toCard({ ...s, state: "Bogus" as never })).toThrow(RangeError);
  });
});
