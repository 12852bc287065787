import { BasicLearningStepsStrategy, Rating, State, type Grade as FsrsRating } from "ts-fsrs";
import type { Grade } from "../sm2";
import { sm2GradeToRating } from "./grades";
import { DAY_MS, elapsedDays, fsrsRecall } from "./predict";
import { fromCard, fsrsInstance, type FsrsMemoryState, type FsrsParams } from "./scheduler";
import type { ReviewEvent } from "./replay";

export interface FastReplay {
  /** Predicted recall just before each review after the first (index i ↔ review i + 1). */
  predictions: number[];
  /** The full memory state after the last review; null for no reviews. */
  final: FsrsMemoryState | null;
}

/**
 * The same replay as `replayFsrsStates` + `predictFsrs`, without building a Card and two Dates
 * per review (~25 µs each through the scheduler, ~1 µs here): stability and difficulty come from
 * the algorithm's own `next_state` with the scheduler's elapsed-day convention (whole UTC days
 * between reviews, 0 on the same day, so same-day reviews take the short-term formula), and the
 * (re)learning phase and step follow ts-fsrs's learning-steps strategy. Only the last review goes
 * through the full scheduler, for its due date. tests/unit/srs/fsrs/fast-replay.test.ts holds
 * this to the slow replay on random histories.
 */
export function fastReplayFsrs(events: readonly ReviewEvent[], params: Partial<FsrsParams> = {}): FastReplay {
  const sorted = [...events].sort((a, b) => Number(a.time) - Number(b.time));
  return fastReplayOrdered(
    sorted.map((e) => Number(e.time)),
    sorted.map((e) => e.grade),
    params,
  );
}

const phaseTables = new WeakMap<object, ReturnType<typeof phaseTable>>();

/** fastReplayFsrs on one card's reviews already in time order, as columns (ms, SM-2 grade). */
export function fastReplayOrdered(
  times: readonly number[],
  grades: readonly Grade[],
  params: Partial<FsrsParams> = {},
): FastReplay {
  const predictions: number[] = [];
  if (times.length === 0) return { predictions, final: null };
  const f = fsrsInstance(params);
  const w = params.w ?? f.parameters.w;
  let phases = phaseTables.get(f);
  if (!phases) phaseTables.set(f, (phases = phaseTable(f.parameters)));
  let memory: { difficulty: number; stability: number } | null = null;
  let state: State = State.New;
  let step = 0;
  let reps = 0;
  let lapses = 0;
  let last = 0;
  for (let i = 0; i < times.length; i++) {
    const time = times[i];
    const rating = sm2GradeToRating(grades[i]);
    if (i > 0) predictions.push(fsrsRecall(elapsedDays(last, time), memory!.stability, w));
    if (i === times.length - 1) {
      const card = {
        due: new Date(time),
        stability: memory?.stability ?? 0,
        difficulty: memory?.difficulty ?? 0,
        elapsed_days: 0,
        scheduled_days: 0,
        learning_steps: step,
        reps,
        lapses,
        state,
        last_review: i === 0 ? undefined : new Date(last),
      };
      return { predictions, final: fromCard(f.next(card, new Date(time), rating).card) };
    }
    // ts-fsrs's dateDiffInDays (whole UTC calendar days) without two Dates.
    const t = state === State.New ? 0 : Math.floor(time / DAY_MS) - Math.floor(last / DAY_MS);
    memory = f.next_state(state === State.New ? null : memory, t, rating);
    if (state === State.Review && rating === Rating.Again) lapses++;
    [state, step] = phases(state, step, rating);
    reps++;
    last = time;
  }
  return { predictions, final: null };
}

type StepParams = Parameters<typeof BasicLearningStepsStrategy>[0];

/**
 * The (re)learning phase and step after a review, as ts-fsrs's BasicScheduler sets them; the
 * strategy depends only on (phase, step), so its answers are kept for the replay's length.
 */
function phaseTable(params: StepParams): (state: State, step: number, rating: FsrsRating) => [State, number] {
  const memo = new Map<number, [State, number]>();
  return (state, step, rating) => {
    if (state === State.Review && rating !== Rating.Again) return [State.Review, 0];
    const key = (state * 1000 + step) * 8 + rating;
    let out = memo.get(key);
    if (!out) memo.set(key, (out = nextPhase(params, state, step, rating)));
    return out;
  };
}

function nextPhase(params: StepParams, state: State, step: number, rating: FsrsRating): [State, number] {
  const toState = state === State.New ? State.Learning : state === State.Review ? State.Relearning : state;
  const info = BasicLearningStepsStrategy(params, state, step || 0)[rating];
  const minutes = Math.max(0, info?.scheduled_minutes ?? 0);
  const next = Math.max(0, info?.next_step ?? 0);
  if (minutes > 0 && minutes < 1440) return [toState, next];
  if (minutes >= 1440) return [State.Review, next];
  return [State.Review, 0];
}
