"use client";
import type { Progress } from "@/lib/srs/schemas";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { axis, BRAND, tooltip } from "./chart-style";

export function ForecastChart({ data }: { data: Progress["forecast"] }) {
  const total = data.reduce((n, d) => n + d.count, 0);
  return (
    <div
      className="h-56 w-full text-slate-600 dark:text-slate-300"
      role="img"
      aria-label={`Bar chart: ${total} cards due over the next 30 days, ${data[0]?.count ?? 0} today`}
    >
      <ResponsiveContainer>
        <BarChart accessibilityLayer={false} data={data.map((d) => ({ ...d, label: d.day.slice(5) }))}>
          <CartesianGrid strokeOpacity={0.2} vertical={false} />
          <XAxis dataKey="label" tick={axis} interval={4} />
          <YAxis allowDecimals={false} tick={axis} width={32} />
          <Tooltip {...tooltip} />
          <Bar dataKey="count" name="cards due" fill={BRAND} radius={[3, 3, 0, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function RetentionChart({ data }: { data: Progress["retention"] }) {
  const summary = data.map((d) => `week of ${d.week}: ${Math.round(d.rate * 100)}%`).join("; ");
  return (
    <div
      className="h-56 w-full text-slate-600 dark:text-slate-300"
      role="img"
      aria-label={`Line chart of weekly retention: ${summary}`}
    >
      <ResponsiveContainer>
        <LineChart
          accessibilityLayer={false}
          data={data.map((d) => ({ ...d, percent: Math.round(d.rate * 100), label: d.week.slice(5) }))}
        >
          <CartesianGrid strokeOpacity={0.2} vertical={false} />
          <XAxis dataKey="label" tick={axis} />
          <YAxis domain={[0, 100]} unit="%" tick={axis} width={44} />
          <Tooltip {...tooltip} />
          <Line type="monotone" dataKey="percent" name="retention %" stroke={BRAND} strokeWidth={2} dot />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

const STAGE_COLORS = { new: "#94a3b8", learning: "#f59e0b", young: "#60a5fa", mature: "#16a34a" };

export function StagesChart({ stages }: { stages: Progress["stages"] }) {
  const data = (Object.keys(STAGE_COLORS) as (keyof typeof STAGE_COLORS)[]).map((k) => ({
    stage: k,
    count: stages[k],
  }));
  return (
    <div
      className="h-48 w-full text-slate-600 dark:text-slate-300"
      role="img"
      aria-label={`Bar chart of cards by stage: ${data.map((d) => `${d.stage} ${d.count}`).join(", ")}`}
    >
      <ResponsiveContainer>
        <BarChart accessibilityLayer={false} data={data} layout="vertical">
          <XAxis type="number" allowDecimals={false} tick={axis} />
          <YAxis type="category" dataKey="stage" tick={axis} width={72} />
          <Tooltip {...tooltip} />
          <Bar dataKey="count" name="cards">
            {data.map((d) => (
              // eslint-disable-next-line @typescript-eslint/no-deprecated -- Cell works through Recharts 3; its replacement (a custom `shape`) belongs with the Recharts 4 upgrade.
              <Cell key={d.stage} fill={STAGE_COLORS[d.stage]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
