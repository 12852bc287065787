import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReliabilityChart, WorkloadChart } from "@/components/progress/calibration-charts";
import { ForecastChart, RetentionChart, StagesChart } from "@/components/progress/charts";
import { niceTicks } from "@/components/progress/svg-chart";

const forecast = Array.from({ length: 30 }, (_, i) => ({
  day: `2026-12-${String(i + 1).padStart(2, "0")}`,
  count: i % 3,
}));

describe("progress charts, drawn on the server as SVG", () => {
  it("draws one bar per forecast day, each with its own tooltip, under one labelled image", () => {
    const html = renderToStaticMarkup(<ForecastChart data={forecast} />);
    expect(html).toContain('role="img"');
    expect(html).toContain("Bar chart: 30 cards due over the next 30 days, 0 today");
    expect(html.match(/<rect /g)).toHaveLength(30);
    expect(html).toContain("<title>2026-12-02: 1 cards due</title>");
    expect(html).not.toMatch(/NaN|Infinity/);
  });

  it("plots weekly retention and cards by stage with their numbers", () => {
    const retention = [
      { week: "2026-11-16", reviews: 10, retained: 8, rate: 0.8 },
      { week: "2026-11-23", reviews: 4, retained: 3, rate: 0.75 },
    ];
    const line = renderToStaticMarkup(<RetentionChart data={retention} />);
    expect(line).toContain("week of 2026-11-16: 80%; week of 2026-11-23: 75%");
    expect(line).toContain("<title>week of 2026-11-23: 75% of 4 reviews</title>");
    const stages = renderToStaticMarkup(<StagesChart stages={{ new: 5, learning: 0, young: 2, mature: 1 }} />);
    expect(stages).toContain("new 5, learning 0, young 2, mature 1");
    expect(stages).not.toMatch(/NaN/);
  });

  it("draws nothing broken with no data (a learner's first day)", () => {
    const html = renderToStaticMarkup(
      <>
        <ForecastChart data={[]} />
        <RetentionChart data={[]} />
        <ReliabilityChart bins={[]} />
        <WorkloadChart rows={[]} />
      </>,
    );
    expect(html).not.toMatch(/NaN|Infinity|undefined/);
  });

  it("sizes the reliability points by their reviews and names each workload line", () => {
    const bins = [
      { lower: 0.8, upper: 0.85, count: 40, meanPredicted: 0.82, observedRate: 0.8 },
      { lower: 0.9, upper: 0.95, count: 10, meanPredicted: 0.92, observedRate: 0.9 },
    ];
    const html = renderToStaticMarkup(<ReliabilityChart bins={bins} />);
    expect(html).toContain("<title>predicted 82%, observed 80%, 40 reviews</title>");
    const workload = renderToStaticMarkup(
      <WorkloadChart rows={[{ desiredRetention: 0.9, perDay: Array.from({ length: 90 }, () => 4), mean90: 4 }]} />,
    );
    expect(workload).toContain("90%: 4.0 a day");
    expect(workload).toContain("<title>desired retention 90%</title>");
  });

  it("picks round axis ticks that reach the largest value", () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(344).at(-1)).toBeGreaterThanOrEqual(344);
  });
});
