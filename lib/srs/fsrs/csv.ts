import { Rating, type Grade as FsrsRating } from "ts-fsrs";
import type { CsvReview } from "./synthetic";

export const CSV_HEADER = "card_id,review_time,rating";

const RATINGS: Record<string, FsrsRating> = { "1": Rating.Again, "2": Rating.Hard, "3": Rating.Good, "4": Rating.Easy };

/** Bad CSV input, naming the 1-based line and the field. */
export class CsvInputError extends Error {
  constructor(
    readonly line: number,
    readonly field: string,
    reason: string,
  ) {
    super(`line ${line}, field ${field}: ${reason}`);
    this.name = "CsvInputError";
  }
}

/** Parse `card_id,review_time,rating` (review_time ms since epoch, rating 1–4). Throws CsvInputError. */
export function parseReviewCsv(text: string): CsvReview[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = lines[0]?.trim() ?? "";
  if (header !== CSV_HEADER)
    throw new CsvInputError(1, "header", `expected "${CSV_HEADER}", got "${header.slice(0, 80)}"`);
  const rows: CsvReview[] = [];
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (raw === "") continue;
    const line = i + 1;
    const cells = raw.split(",");
    if (cells.length !== 3) throw new CsvInputError(line, "row", `expected 3 fields, got ${cells.length}`);
    const [cardId, time, rating] = cells.map((c) => c.trim());
    if (cardId === "") throw new CsvInputError(line, "card_id", "is empty");
    if (!/^\d+$/.test(time) || !Number.isSafeInteger(Number(time)))
      throw new CsvInputError(line, "review_time", `must be whole milliseconds since the epoch, got "${time}"`);
    if (!Object.hasOwn(RATINGS, rating))
      throw new CsvInputError(line, "rating", `must be 1, 2, 3 or 4, got "${rating}"`);
    rows.push({ cardId, reviewTime: Number(time), rating: RATINGS[rating] });
  }
  return rows;
}
