import type { Progress } from "@/lib/srs/schemas";
import { BRAND } from "./chart-style";
import { Chart, niceTicks, pct, Polyline } from "./svg-chart";

/** One bar per day (or category) across the plot, `band` wide each, 80 % of it filled. */
function Bars({
  values,
  plot,
  fill,
  titles,
}: {
  values: number[];
  plot: { y: (v: number) => number; base: number };
  fill: string | string[];
  titles: string[];
}) {
  const band = 1 / Math.max(1, values.length);
  return values.map((v, i) => (
    <rect
      key={i}
      x={pct((i + 0.1) * band)}
      width={pct(0.8 * band)}
      y={plot.y(v)}
      height={Math.max(0, plot.base - plot.y(v))}
      rx={2}
      fill={Array.isArray(fill) ? fill[i] : fill}
    >
      <title>{titles[i]}</title>
    </rect>
  ));
}

export function ForecastChart({ data }: { data: Progress["forecast"] }) {
  const total = data.reduce((n, d) => n + d.count, 0);
  const ticks = niceTicks(Math.max(...data.map((d) => d.count), 0));
  const band = 1 / Math.max(1, data.length);
  return (
    <Chart
      label={`Bar chart: ${total} cards due over the next 30 days, ${data[0]?.count ?? 0} today`}
      height={224}
      yMax={ticks.at(-1)!}
      yTicks={ticks}
      yWidth={32}
      xTicks={data.flatMap((d, i) => (i % 5 === 0 ? [{ at: (i + 0.5) * band, text: d.day.slice(5) }] : []))}
    >
      {(plot) => (
        <Bars
          values={data.map((d) => d.count)}
          plot={plot}
          fill={BRAND}
          titles={data.map((d) => `${d.day}: ${d.count} cards due`)}
        />
      )}
    </Chart>
  );
}

export function RetentionChart({ data }: { data: Progress["retention"] }) {
  const summary = data.map((d) => `week of ${d.week}: ${Math.round(d.rate * 100)}%`).join("; ");
  const at = (i: number) => (data.length > 1 ? i / (data.length - 1) : 0.5);
  const height = 224;
  return (
    <Chart
      label={`Line chart of weekly retention: ${summary}`}
      height={height}
      yMax={100}
      yTicks={[0, 25, 50, 75, 100]}
      yUnit="%"
      yWidth={44}
      // Every other week on a long run, so the dates do not collide on a phone.
      xTicks={data.flatMap((d, i) =>
        data.length <= 6 || (data.length - 1 - i) % 2 === 0 ? [{ at: at(i), text: d.week.slice(5) }] : [],
      )}
      className="px-3"
    >
      {(plot) => (
        <>
          <Polyline
            points={data.map((d, i) => ({ x: at(i), v: d.rate * 100 }))}
            plot={plot}
            height={height}
            stroke={BRAND}
          />
          {data.map((d, i) => (
            <circle key={d.week} cx={pct(at(i))} cy={plot.y(d.rate * 100)} r={3.5} fill={BRAND}>
              <title>{`week of ${d.week}: ${Math.round(d.rate * 100)}% of ${d.reviews} reviews`}</title>
            </circle>
          ))}
        </>
      )}
    </Chart>
  );
}

const STAGE_COLORS = { new: "#94a3b8", learning: "#f59e0b", young: "#60a5fa", mature: "#16a34a" };

export function StagesChart({ stages }: { stages: Progress["stages"] }) {
  const data = (Object.keys(STAGE_COLORS) as (keyof typeof STAGE_COLORS)[]).map((k) => ({
    stage: k,
    count: stages[k],
  }));
  const max = Math.max(1, ...data.map((d) => d.count));
  return (
    <div
      role="img"
      aria-label={`Bar chart of cards by stage: ${data.map((d) => `${d.stage} ${d.count}`).join(", ")}`}
      data-chart
      className="grid w-full grid-cols-[4.5rem_1fr] items-center gap-x-2 gap-y-2 text-xs text-slate-600 dark:text-slate-300"
    >
      {data.map((d) => (
        <div key={d.stage} className="contents">
          <span className="text-right">{d.stage}</span>
          <svg width="100%" height={24} className="overflow-visible">
            <rect width={pct((0.9 * d.count) / max)} height={24} rx={3} fill={STAGE_COLORS[d.stage]}>
              <title>{`${d.stage}: ${d.count} cards`}</title>
            </rect>
            <text x={pct((0.9 * d.count) / max)} dx={4} y={16} fill="currentColor">
              {d.count}
            </text>
          </svg>
        </div>
      ))}
    </div>
  );
}
