/**
 * npm run srs:evaluate -- reviews.csv
 * Scores SM-2, default FSRS and FSRS fitted on the first 75 % of the reviews; prints one JSON object.
 * Exit code 2 on bad input (the message names the line and field).
 */
import { readFileSync } from "node:fs";
import { CsvInputError, parseReviewCsv } from "../lib/srs/fsrs/csv";
import { evaluate, toCliSummary } from "../lib/srs/fsrs/evaluate";

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write("usage: npm run srs:evaluate -- <reviews.csv>  (header card_id,review_time,rating)\n");
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    process.stderr.write(`cannot read ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  try {
    const report = await evaluate(parseReviewCsv(text));
    process.stdout.write(JSON.stringify(toCliSummary(report)) + "\n");
    return 0;
  } catch (err) {
    if (err instanceof CsvInputError) {
      process.stderr.write(`${file}: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

process.exitCode = await main();
