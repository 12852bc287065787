import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { Rating } from "ts-fsrs";
import { CsvInputError, parseReviewCsv } from "@/lib/srs/fsrs/csv";
import { evaluate } from "@/lib/srs/fsrs/evaluate";
import { SYNTHETIC_TRUE_WEIGHTS, type CsvReview } from "@/lib/srs/fsrs/synthetic";

const root = path.resolve(import.meta.dirname, "../../../..");
const fixture = (name: string) => path.join(root, "tests/fixtures/srs", name);
const run = promisify(execFile);

async function cli(file: string) {
  try {
    const { stdout, stderr } = await run(path.join(root, "node_modules/.bin/tsx"), ["scripts/srs-evaluate.ts", file], {
      cwd: root,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("evaluate on a synthetic history from a known FSRS model", () => {
  it("scores fitted FSRS well below SM-2 in log loss", async () => {
    const report = await evaluate(parseReviewCsv(readFileSync(fixture("synthetic-3000.csv"), "utf8")));
    expect(report.reviews).toBe(3000);
    expect(report.evaluated).toBeGreaterThan(500);
    expect(report.evaluated).toBeLessThanOrEqual(750); // only the last 25 %
    expect(report.fit.fitted).toBe(true);
    const { sm2, fsrsDefault, fsrsFitted } = report.models;
    expect(fsrsFitted.logLoss).toBeLessThan(sm2.logLoss - 0.05);
    expect(fsrsFitted.rmseBins).toBeLessThan(sm2.rmseBins);
    expect(fsrsDefault.logLoss).toBeLessThan(sm2.logLoss);
    expect(fsrsFitted.bins.reduce((n, b) => n + b.count, 0)).toBe(report.evaluated);
  }, 60_000);

  it("scores the weights a learner uses now beside the defaults (the defaults when none are given)", async () => {
    const rows = parseReviewCsv(readFileSync(fixture("synthetic-3000.csv"), "utf8"));
    const plain = await evaluate(rows);
    expect(plain.models.fsrsCurrent.logLoss).toBe(plain.models.fsrsDefault.logLoss);
    const withCurrent = await evaluate(rows, { currentWeights: SYNTHETIC_TRUE_WEIGHTS });
    expect(withCurrent.models.fsrsCurrent.logLoss).not.toBe(withCurrent.models.fsrsDefault.logLoss);
    expect(withCurrent.models.fsrsDefault.logLoss).toBe(plain.models.fsrsDefault.logLoss);
  }, 60_000);

  it("predicts a test-period review from the card's training-period reviews, never its first", async () => {
    const day = 86_400_000;
    const rows: CsvReview[] = [];
    for (let i = 0; i < 6; i++) rows.push({ cardId: "a", reviewTime: i * 3 * day, rating: Rating.Good });
    rows.push({ cardId: "b", reviewTime: 100 * day, rating: Rating.Good }); // b's first review is in the test period
    rows.push({ cardId: "c", reviewTime: 101 * day, rating: Rating.Again });
    const report = await evaluate(rows);
    // 8 rows: the first 6 (all of a) train; b and c are first reviews, so nothing is scored.
    expect(report.evaluated).toBe(0);
    const more = await evaluate([...rows, { cardId: "a", reviewTime: 120 * day, rating: Rating.Again }]);
    expect(more.evaluated).toBe(1);
    expect(more.models.sm2.logLoss).toBeGreaterThan(0);
  });
});

describe("parseReviewCsv", () => {
  it.each([
    ["card_id,time,rating\na,1,3\n", 1, "header"],
    ["card_id,review_time,rating\na,1,3\na,12x,3\n", 3, "review_time"],
    ["card_id,review_time,rating\na,1,0\n", 2, "rating"],
    ["card_id,review_time,rating\n,1,3\n", 2, "card_id"],
    ["card_id,review_time,rating\na,1\n", 2, "row"],
  ])("rejects %j naming line %i and field %s", (text, line, field) => {
    const err = (() => {
      try {
        parseReviewCsv(text);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(CsvInputError);
    expect(err).toMatchObject({ line, field });
    expect((err as Error).message).toContain(`line ${line}, field ${field}`);
  });

  it("reads CRLF, a BOM and blank lines", () => {
    expect(parseReviewCsv("\uFEFFcard_id,review_time,rating\r\nx,5,4\r\n\r\n")).toEqual([
      { cardId: "x", reviewTime: 5, rating: 4 },
    ]);
  });
});

describe("npm run srs:evaluate", () => {
  it("prints the JSON summary for a small CSV", async () => {
    const { code, stdout } = await cli(fixture("small.csv"));
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(["reviews", "evaluated", "models"]);
    expect(out.reviews).toBe(24);
    for (const m of ["sm2", "fsrsDefault", "fsrsFitted"]) {
      expect(Object.keys(out.models[m]).slice(0, 2)).toEqual(["logLoss", "rmseBins"]);
      expect(typeof out.models[m].logLoss).toBe("number");
    }
    expect(out.models.fsrsFitted.parameters).toHaveLength(21);
  }, 60_000);

  it("exits 2 naming the line and field on bad input", async () => {
    const { code, stdout, stderr } = await cli(fixture("bad-rating.csv"));
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("line 3, field rating");
  }, 60_000);
});
