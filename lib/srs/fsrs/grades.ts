import { Rating, type Grade as FsrsRating } from "ts-fsrs";
import { isGrade, type Grade } from "../sm2";

export type { FsrsRating };

/**
 * SM-2 grade 0–5 → FSRS rating. SM-2 counts 0–2 as a failed recall (its interval resets),
 * so all three are Again; 3 ("recalled with serious difficulty") is Hard.
 */
export function sm2GradeToRating(grade: Grade): FsrsRating {
  if (!isGrade(grade)) throw new RangeError(`grade must be an integer from 0 to 5, got ${String(grade)}`);
  if (grade <= 2) return Rating.Again;
  if (grade === 3) return Rating.Hard;
  if (grade === 4) return Rating.Good;
  return Rating.Easy;
}

/** A rating 1–4 (Again, Hard, Good, Easy; Anki/FSRS CSVs) → the SM-2 grade the app stores. */
export function csvRatingToSm2Grade(rating: number): Grade {
  switch (rating) {
    case 1:
      return 1;
    case 2:
      return 3;
    case 3:
      return 4;
    case 4:
      return 5;
    default:
      throw new RangeError(`rating must be an integer from 1 to 4, got ${String(rating)}`);
  }
}

/** Recall means any rating above Again (SM-2 grade ≥ 3). */
export function isRecall(grade: Grade): boolean {
  return sm2GradeToRating(grade) !== Rating.Again;
}
