import type { ReliabilityBin } from "@/lib/srs/fsrs/metrics";
import { BRAND } from "./chart-style";
import { Chart, Legend, niceTicks, pct as at, Polyline } from "./svg-chart";

const pct = (x: number) => Math.round(x * 100);
const PERCENT_TICKS = [0, 20, 40, 60, 80, 100];

/** Predicted vs observed recall per bin; points on the diagonal are perfectly calibrated. */
export function ReliabilityChart({ bins }: { bins: ReliabilityBin[] }) {
  const points = bins
    .filter((b) => b.count > 0)
    .map((b) => ({ predicted: pct(b.meanPredicted!), observed: pct(b.observedRate!), count: b.count }));
  const summary = points.map((p) => `predicted ${p.predicted}%, observed ${p.observed}% (${p.count})`).join("; ");
  const most = Math.max(1, ...points.map((p) => p.count));
  const height = 288;
  return (
    <div className="flex w-full max-w-xl flex-col gap-1">
      <Chart
        label={`Reliability diagram, predicted against observed recall per bin: ${summary}`}
        height={height}
        yMax={100}
        yTicks={PERCENT_TICKS}
        yUnit="%"
        yWidth={44}
        xTicks={PERCENT_TICKS.map((t) => ({ at: t / 100, text: `${t}%` }))}
        className="pr-4"
      >
        {(plot) => (
          <>
            <Polyline
              points={[
                { x: 0, v: 0 },
                { x: 1, v: 100 },
              ]}
              plot={plot}
              height={height}
              stroke="#94a3b8"
              dash="4 4"
              title="perfect calibration"
            />
            {points.map((p) => (
              <circle
                key={`${p.predicted}-${p.observed}`}
                cx={at(p.predicted / 100)}
                cy={plot.y(p.observed)}
                // Area grows with the bin's reviews, as a bubble chart's does.
                r={3 + 7 * Math.sqrt(p.count / most)}
                fill={BRAND}
                fillOpacity={0.85}
              >
                <title>{`predicted ${p.predicted}%, observed ${p.observed}%, ${p.count} reviews`}</title>
              </circle>
            ))}
          </>
        )}
      </Chart>
      <Legend
        items={[
          { color: "#94a3b8", text: "perfect calibration" },
          { color: BRAND, text: "your reviews" },
        ]}
      />
    </div>
  );
}

const RETENTION_COLORS = ["#94a3b8", "#60a5fa", "#2f6fdb", "#f59e0b", "#dc2626"];

/** Mean of the 7 days ending at each day (fewer at the start): one simulated day is too noisy to read. */
const weekMean = (xs: number[], d: number) => {
  const w = xs.slice(Math.max(0, d - 6), d + 1);
  return Math.round((10 * w.reduce((a, b) => a + b, 0)) / w.length) / 10;
};

/** Simulated reviews per day over the next 90 days (7-day mean), one line per desired retention. */
export function WorkloadChart({ rows }: { rows: { desiredRetention: number; perDay: number[]; mean90: number }[] }) {
  const days = Math.min(rows[0]?.perDay.length ?? 0, 90);
  const series = rows.map((r, i) => ({
    name: `${pct(r.desiredRetention)}%`,
    color: RETENTION_COLORS[i % RETENTION_COLORS.length],
    values: Array.from({ length: days }, (_, d) => weekMean(r.perDay, d)),
  }));
  const ticks = niceTicks(Math.max(0, ...series.flatMap((s) => s.values)));
  const x = (d: number) => (days > 1 ? d / (days - 1) : 0.5);
  const summary = rows.map((r) => `${pct(r.desiredRetention)}%: ${r.mean90.toFixed(1)} a day`).join("; ");
  const height = 232;
  return (
    <div className="flex w-full flex-col gap-1">
      <Chart
        label={`Line chart of simulated reviews per day (7-day mean) over the next 90 days by desired retention: ${summary}`}
        height={height}
        yMax={ticks.at(-1)!}
        yTicks={ticks}
        xTicks={Array.from({ length: Math.ceil(days / 15) }, (_, k) => ({ at: x(k * 15), text: `${k * 15 + 1}` }))}
        className="pr-4"
      >
        {(plot) =>
          series.map((s) => (
            <Polyline
              key={s.name}
              points={s.values.map((v, d) => ({ x: x(d), v }))}
              plot={plot}
              height={height}
              stroke={s.color}
              title={`desired retention ${s.name}`}
            />
          ))
        }
      </Chart>
      <Legend items={series.map((s) => ({ color: s.color, text: s.name }))} />
    </div>
  );
}
