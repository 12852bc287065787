import { describe, expect, it } from "vitest";
import { Rating } from "ts-fsrs";
import { sm2, SM2_INITIAL } from "@/lib/srs/sm2";
import { fsrsRecall, sm2Recall } from "@/lib/srs/fsrs/predict";
import { predictFsrs, predictSm2, replayFsrs, replayFsrsStates, replaySm2States } from "@/lib/srs/fsrs/replay";
import { FSRS_DEFAULT_WEIGHTS, fsrsNext, newFsrsState } from "@/lib/srs/fsrs/scheduler";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1, 9);
const log = [
  { time: T0, grade: 4 as const },
  { time: T0 + 1 * DAY, grade: 5 as const },
  { time: T0 + 7 * DAY, grade: 2 as const },
  { time: T0 + 7 * DAY + 600_000, grade: 3 as const },
  { time: T0 + 9 * DAY + 3 * 3_600_000, grade: 4 as const },
];

describe("replay", () => {
  it("replays a log into the same FSRS state as reviewing it live, whatever the input order", () => {
    let s = newFsrsState(new Date(T0));
    const ratings = [Rating.Good, Rating.Easy, Rating.Again, Rating.Hard, Rating.Good] as const;
    log.forEach((e, i) => (s = fsrsNext(s, ratings[i], new Date(e.time)).state));
    expect(replayFsrs([...log].reverse())).toEqual(s);
    expect(replayFsrsStates(log)).toHaveLength(5);
    expect(replayFsrs([])).toBeNull();
  });

  it("replays SM-2 with lib/srs/sm2.ts", () => {
    const states = replaySm2States(log);
    expect(states.map((s) => s.intervalDays)).toEqual([1, 6, 1, 1, 6]);
    expect(states[1]).toEqual(sm2(sm2(SM2_INITIAL, 4), 5));
  });

  it("predicts each later review from the state the previous review left", () => {
    const sm2p = predictSm2(log);
    expect(sm2p).toHaveLength(4);
    expect(sm2p[1]).toBeCloseTo(0.9, 12); // on time for the 6-day interval
    expect(sm2p[2]).toBeCloseTo(sm2Recall(600_000 / DAY, 1), 12); // ten minutes after the lapse
    expect(sm2p[3]).toBeCloseTo(sm2Recall(2 + 3 / 24 - 600_000 / DAY, 1), 12);
    const states = replayFsrsStates(log);
    const fp = predictFsrs(log);
    expect(fp[1]).toBeCloseTo(fsrsRecall(6, states[1].stability, FSRS_DEFAULT_WEIGHTS), 12);
    expect(fp[2]).toBeGreaterThan(0.99); // ten minutes after the lapse
  });
});
