import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NEW_SNAPSHOT, type StateSnapshot } from "@/lib/srs/card-state";
import { FSRS_DEFAULT_PARAMS } from "@/lib/srs/fsrs/scheduler";
import {
  compareReviews,
  mergeReviews,
  replayReviews,
  type LoggedReview,
  type ReplayedReview,
  type ReplaySettings,
} from "@/lib/srs/replay-log";
import type { Grade } from "@/lib/srs/sm2";

const MIN = 60_000;
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 5, 1, 9);

/** A card's reviews: gaps from none (same instant) to weeks, so drills, short-term steps and ties all occur. */
const reviewsArb = fc
  .array(
    fc.record({
      gap: fc.oneof(
        fc.constant(0),
        fc.integer({ min: 1, max: 180 }).map((m) => m * MIN),
        fc.integer({ min: 1, max: 20 }).map((d) => d * DAY),
      ),
      grade: fc.integer({ min: 0, max: 5 }),
      id: fc.uuid(),
      device: fc.boolean(),
    }),
    { minLength: 1, maxLength: 14 },
  )
  .map((xs) => {
    let t = T0;
    const seen = new Set<string>();
    return xs
      .filter((x) => !seen.has(x.id) && !!seen.add(x.id))
      .map((x) => {
        t += x.gap;
        return {
          review: { clientRequestId: x.id, grade: x.grade as Grade, reviewedAt: new Date(t) },
          device: x.device,
        };
      });
  });

const settingsArb = fc.record({
  scheduler: fc.constantFrom("SM2" as const, "FSRS" as const),
  timeZone: fc.constantFrom("UTC", "Europe/Berlin", "Asia/Kathmandu", "America/Los_Angeles"),
});

/** Splits a list into consecutive batches at the given cut flags. */
function batches<T>(xs: readonly T[], cuts: readonly boolean[]): T[][] {
  const out: T[][] = [];
  xs.forEach((x, i) => {
    if (i === 0 || cuts[i % cuts.length]) out.push([]);
    out[out.length - 1].push(x);
  });
  return out;
}

const noVersion = (s: StateSnapshot) => ({ ...s, version: 0 });
const comparable = (rows: readonly ReplayedReview[]) =>
  rows.map((r) => ({ ...r, before: noVersion(r.before), after: noVersion(r.after) }));

/** One "server": the card's live log and state, merged batch by batch as the sync route does. */
function deliver(deliveries: readonly LoggedReview[][], settings: ReplaySettings) {
  let rows: ReplayedReview[] = [];
  let state = NEW_SNAPSHOT;
  const versions: number[] = [];
  for (const batch of deliveries) {
    const m = mergeReviews(rows, state, batch, settings);
    rows = m.rows;
    state = m.final;
    versions.push(state.version);
  }
  return { rows, state, versions };
}

describe("offline sync converges: a card's state is a function of its ordered log", () => {
  it("two devices' batches in any interleaving, with retried (duplicate) batches, end where one ordered delivery does", () => {
    fc.assert(
      fc.property(
        reviewsArb,
        settingsArb,
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (reviews, s, cutsA, cutsB, picks, dupes) => {
          const settings: ReplaySettings = { ...s, params: FSRS_DEFAULT_PARAMS };
          const a = batches(
            reviews.filter((r) => r.device).map((r) => r.review),
            cutsA,
          );
          const b = batches(
            reviews.filter((r) => !r.device).map((r) => r.review),
            cutsB,
          );
          // A random interleaving that keeps each device's own batch order (a device sends its queue in order).
          const order: LoggedReview[][] = [];
          let i = 0;
          let j = 0;
          let k = 0;
          while (i < a.length || j < b.length) {
            const fromA = j >= b.length || (i < a.length && picks[k++ % picks.length] % 2 === 0);
            order.push(fromA ? a[i++] : b[j++]);
          }
          // Retries: a batch whose answer was lost is sent again later.
          for (const d of dupes) if (order.length) order.splice(d % (order.length + 1), 0, order[d % order.length]);

          const all = reviews.map((r) => r.review).sort(compareReviews);
          const expected = replayReviews(all, settings);
          const got = deliver(order, settings);

          expect(noVersion(got.state)).toEqual(noVersion(expected.final));
          expect(comparable(got.rows)).toEqual(comparable(expected.rows));
          // Every review is in the log exactly once, in log order.
          expect(got.rows.map((r) => r.clientRequestId)).toEqual(all.map((r) => r.clientRequestId));
          // The version never goes back, so a tab holding an older one always gets a 409.
          got.versions.forEach((v, n) => n > 0 && expect(v).toBeGreaterThanOrEqual(got.versions[n - 1]));
        },
      ),
      { numRuns: 300, seed: 16 },
    );
  });

  it("an on-line review appended after the log is the fold's next step (recordReview's path)", () => {
    fc.assert(
      fc.property(reviewsArb, settingsArb, (reviews, s) => {
        const settings: ReplaySettings = { ...s, params: FSRS_DEFAULT_PARAMS };
        const all = reviews.map((r) => r.review).sort(compareReviews);
        let rows: ReplayedReview[] = [];
        let state = NEW_SNAPSHOT;
        for (const r of all) {
          const m = mergeReviews(rows, state, [r], settings);
          // One review at the end: only its own row is new, nothing earlier is recomputed.
          expect(m.firstChanged).toBe(rows.length);
          rows = m.rows;
          state = m.final;
        }
        expect(state).toEqual(replayReviews(all, settings).final);
      }),
      { numRuns: 200, seed: 17 },
    );
  });

  it("a batch already applied changes nothing, not even the version", () => {
    const settings: ReplaySettings = { scheduler: "SM2", timeZone: "UTC", params: FSRS_DEFAULT_PARAMS };
    const batch: LoggedReview[] = [
      { clientRequestId: "a-0000001", grade: 4, reviewedAt: new Date(T0) },
      { clientRequestId: "a-0000002", grade: 2, reviewedAt: new Date(T0 + DAY) },
    ];
    const once = mergeReviews([], NEW_SNAPSHOT, batch, settings);
    const twice = mergeReviews(once.rows, once.final, batch, settings);
    expect(twice.final).toEqual(once.final);
    expect(twice.inserted).toEqual([]);
    expect(once.inserted).toEqual(["a-0000001", "a-0000002"]);
  });
});
