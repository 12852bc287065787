"use client";
import type { ReliabilityBin } from "@/lib/srs/fsrs/metrics";
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from "recharts";
import { axis, BRAND, tooltip } from "./chart-style";

const pct = (x: number) => Math.round(x * 100);

/** Predicted vs observed recall per bin; points on the diagonal are perfectly calibrated. */
export function ReliabilityChart({ bins }: { bins: ReliabilityBin[] }) {
  const points = bins
    .filter((b) => b.count > 0)
    .map((b) => ({ predicted: pct(b.meanPredicted!), observed: pct(b.observedRate!), count: b.count }));
  const summary = points.map((p) => `predicted ${p.predicted}%, observed ${p.observed}% (${p.count})`).join("; ");
  return (
    <div
      className="h-72 w-full max-w-xl text-slate-600 dark:text-slate-300"
      role="img"
      aria-label={`Reliability diagram, predicted against observed recall per bin: ${summary}`}
    >
      <ResponsiveContainer>
        <ScatterChart accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 16, left: 0 }}>
          <CartesianGrid strokeOpacity={0.2} />
          <XAxis type="number" dataKey="predicted" name="predicted" unit="%" domain={[0, 100]} tick={axis} />
          <YAxis type="number" dataKey="observed" name="observed" unit="%" domain={[0, 100]} tick={axis} width={44} />
          <ZAxis type="number" dataKey="count" range={[30, 300]} name="reviews" />
          <Tooltip {...tooltip} />
          <Scatter
            name="perfect calibration"
            data={[
              { predicted: 0, observed: 0, count: 1 },
              { predicted: 100, observed: 100, count: 1 },
            ]}
            line={{ stroke: "#94a3b8", strokeDasharray: "4 4" }}
            shape={() => null}
            legendType="none"
            isAnimationActive={false}
          />
          <Scatter name="your reviews" data={points} fill={BRAND} isAnimationActive={false} />
        </ScatterChart>
      </ResponsiveContainer>
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
  const days = rows[0]?.perDay.length ?? 0;
  const data = Array.from({ length: Math.min(days, 90) }, (_, d) => {
    const point: Record<string, number> = { day: d + 1 };
    for (const r of rows) point[`${pct(r.desiredRetention)}%`] = weekMean(r.perDay, d);
    return point;
  });
  const summary = rows.map((r) => `${pct(r.desiredRetention)}%: ${r.mean90.toFixed(1)} a day`).join("; ");
  return (
    <div
      className="h-64 w-full text-slate-600 dark:text-slate-300"
      role="img"
      aria-label={`Line chart of simulated reviews per day (7-day mean) over the next 90 days by desired retention: ${summary}`}
    >
      <ResponsiveContainer>
        <LineChart accessibilityLayer={false} data={data}>
          <CartesianGrid strokeOpacity={0.2} vertical={false} />
          <XAxis dataKey="day" tick={axis} interval={14} />
          <YAxis allowDecimals={false} tick={axis} width={40} />
          <Tooltip {...tooltip} />
          <Legend />
          {rows.map((r, i) => (
            <Line
              key={r.desiredRetention}
              type="monotone"
              dataKey={`${pct(r.desiredRetention)}%`}
              stroke={RETENTION_COLORS[i % RETENTION_COLORS.length]}
              dot={false}
              strokeWidth={2}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
