/**
 * SM-2 as P. Wozniak published it for SuperMemo 2 (1990), in the order of SuperMemo's own
 * code: the new interval uses the E-Factor from *before* this review's update.
 *
 * The E-Factor is held exactly to 4 decimal places by computing in integer
 * ten-thousandths, so an exact product such as 6 × 2.5 is 15 and never ceils to 16
 * through floating-point noise; fractional intervals round up to the next whole day.
 */
export type Grade = 0 | 1 | 2 | 3 | 4 | 5;

export interface Sm2State {
  repetitions: number;
  easiness: number;
  intervalDays: number;
}

export const SM2_INITIAL: Sm2State = Object.freeze({ repetitions: 0, easiness: 2.5, intervalDays: 0 });

export const MIN_EASINESS = 1.3;
const SCALE = 10_000;
const MIN_E4 = MIN_EASINESS * SCALE;

export function isGrade(value: unknown): value is Grade {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 5;
}

/** E-Factor in ten-thousandths, rounded to 4 decimal places (an imported 2.50004 becomes 25000). */
export function toE4(easiness: number): number {
  return Math.round(easiness * SCALE);
}

export function fromE4(e4: number): number {
  return e4 / SCALE;
}

/** The next state after one review. Throws RangeError on a grade outside 0–5 or a bad state. */
export function sm2(state: Sm2State, grade: Grade): Sm2State {
  if (!isGrade(grade)) throw new RangeError(`grade must be an integer from 0 to 5, got ${String(grade)}`);
  const e4 = toE4(state.easiness);
  if (!Number.isFinite(e4) || e4 < MIN_E4)
    throw new RangeError(`easiness must be at least ${MIN_EASINESS}, got ${state.easiness}`);
  if (!Number.isInteger(state.repetitions) || state.repetitions < 0)
    throw new RangeError("repetitions must be a whole number ≥ 0");
  if (!Number.isInteger(state.intervalDays) || state.intervalDays < 0)
    throw new RangeError("intervalDays must be a whole number ≥ 0");

  if (grade < 3) {
    // "Start repetitions for the item from the beginning without changing the E-Factor."
    return { repetitions: 0, easiness: fromE4(e4), intervalDays: 1 };
  }
  const repetitions = state.repetitions + 1;
  let intervalDays: number;
  if (repetitions === 1) intervalDays = 1;
  else if (repetitions === 2) intervalDays = 6;
  else {
    const product = state.intervalDays * e4; // exact integer: days × ten-thousandths
    intervalDays = Math.floor(product / SCALE) + (product % SCALE === 0 ? 0 : 1);
  }
  const q = 5 - grade;
  // EF' = EF + (0.1 − q(0.08 + 0.02q)), in ten-thousandths: 1000 − q(800 + 200q).
  const nextE4 = Math.max(MIN_E4, e4 + 1000 - q * (800 + q * 200));
  return { repetitions, easiness: fromE4(nextE4), intervalDays };
}
