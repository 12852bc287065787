import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ItemTable } from "@/components/quiz-statistics/item-table";
import { TestSummary } from "@/components/quiz-statistics/test-summary";
import type { QuizStatisticsDto } from "@/lib/quiz/statistics/schemas";

const test = (over: Partial<QuizStatisticsDto["test"]>): QuizStatisticsDto["test"] => ({
  attempts: 1,
  maxTotal: 10,
  mean: 7,
  median: 7,
  standardDeviation: null,
  skewness: null,
  kurtosis: null,
  cic: null,
  errorRatio: null,
  standardError: null,
  slots: 10,
  slotBasis: "questions",
  ...over,
});

describe("quiz statistics screens", () => {
  it("says 'not enough attempts' when there are too few, as a percentage of the max otherwise", () => {
    const html = renderToStaticMarkup(<TestSummary test={test({})} />);
    expect(html).toContain("70.00%");
    expect(html).toContain("Not enough attempts: needs 2.");
    expect(html).toContain("Not enough attempts: needs 4.");
  });

  it("says the totals are all equal, not 'not enough attempts', when many attempts score the same", () => {
    const html = renderToStaticMarkup(<TestSummary test={test({ attempts: 1000, standardDeviation: 0 })} />);
    expect(html).not.toContain("Not enough attempts");
    expect(html).toContain("Every attempt counted has the same total.");
  });

  it("shows flags only from the minimum number of attempts", () => {
    const item = {
      questionId: "q",
      position: 0,
      type: "single" as const,
      prompt: "Which?",
      archived: false,
      attempts: 3,
      maxMark: 1,
      facility: 0,
      sd: 0,
      discriminationIndex: null,
      discriminativeEfficiency: null,
      options: null,
      enoughAttempts: false,
      flags: [],
    };
    const few = renderToStaticMarkup(<ItemTable items={[item]} minAttempts={30} />);
    expect(few).toContain("Not enough attempts to flag (3 of the 30 needed)");
    const many = renderToStaticMarkup(
      <ItemTable items={[{ ...item, attempts: 30, enoughAttempts: true, flags: ["too-hard"] }]} minAttempts={30} />,
    );
    expect(many).toContain("Too hard (facility &lt; 20%)");
    expect(many).not.toContain("Not enough attempts");
  });
});
