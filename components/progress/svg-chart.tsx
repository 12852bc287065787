import type { ReactNode } from "react";

/**
 * Charts drawn on the server as plain SVG: no chart library reaches the browser (issue #14:
 * Recharts was ~100 kB of the progress pages' JavaScript). The plot stretches to its container
 * (x positions are percentages; y in pixels), the value axis sits in its own fixed-width SVG
 * beside it, and each bar or point carries a <title> (the browser's own tooltip). The wrapper is
 * one role="img" with a text summary, as before; the pages also give the numbers as tables.
 */

const TOP = 8;
const X_AXIS = 22;

export const pct = (x: number) => `${Math.round(x * 10000) / 100}%`;

export interface Plot {
  /** Pixel y of a value. */
  y: (v: number) => number;
  /** Pixel y of the baseline (the axis minimum). */
  base: number;
}

export function Chart({
  label,
  height,
  yMax,
  yMin = 0,
  yTicks,
  yUnit = "",
  yWidth = 40,
  xTicks,
  className = "",
  children,
}: {
  label: string;
  height: number;
  yMax: number;
  yMin?: number;
  yTicks: number[];
  yUnit?: string;
  yWidth?: number;
  /** Labels under the plot, `at` from 0 (left edge) to 1 (right edge). */
  xTicks: { at: number; text: string }[];
  className?: string;
  children: (plot: Plot) => ReactNode;
}) {
  const bottom = height - X_AXIS;
  const span = yMax - yMin || 1;
  const y = (v: number) => bottom - ((v - yMin) / span) * (bottom - TOP);
  return (
    <div
      role="img"
      aria-label={label}
      data-chart
      className={`flex w-full text-slate-600 dark:text-slate-300 ${className}`.trim()}
    >
      <svg width={yWidth} height={height} className="shrink-0" fill="currentColor" fontSize={12}>
        {yTicks.map((t) => (
          <text key={t} x={yWidth - 6} y={y(t) + 4} textAnchor="end">
            {t}
            {yUnit}
          </text>
        ))}
      </svg>
      <svg width="100%" height={height} className="min-w-0 flex-1 overflow-visible" fontSize={12}>
        {yTicks.map((t) => (
          <line key={t} x1="0" x2="100%" y1={y(t)} y2={y(t)} stroke="currentColor" strokeOpacity={0.2} />
        ))}
        <line x1="0" x2="100%" y1={bottom} y2={bottom} stroke="currentColor" strokeOpacity={0.6} />
        {xTicks.map((t) => (
          <text
            key={`${t.at}-${t.text}`}
            x={pct(t.at)}
            y={height - 6}
            fill="currentColor"
            textAnchor={t.at <= 0 ? "start" : t.at >= 1 ? "end" : "middle"}
          >
            {t.text}
          </text>
        ))}
        {children({ y, base: bottom })}
      </svg>
    </div>
  );
}

/** Round whole-number axis ticks from 0 to at least `max` (about four steps of 1, 2 or 5 × 10ⁿ; counts, so never below 1). */
export function niceTicks(max: number): number[] {
  const raw = Math.max(1, max) / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, ([1, 2, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag);
  const top = Math.ceil(Math.max(1, max) / step) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
}

/** A polyline across the plot: x from 0 to 1, y in values; the stroke keeps its width when stretched. */
export function Polyline({
  points,
  plot,
  height,
  stroke,
  dash,
  title,
}: {
  points: { x: number; v: number }[];
  plot: Plot;
  height: number;
  stroke: string;
  dash?: string;
  title?: string;
}) {
  const d = points.map((p, i) => `${i ? "L" : "M"}${(p.x * 100).toFixed(2)} ${plot.y(p.v).toFixed(1)}`).join(" ");
  return (
    <svg viewBox={`0 0 100 ${height}`} preserveAspectRatio="none" width="100%" height={height} overflow="visible">
      <path
        d={d}
        fill="none"
        stroke={stroke}
        strokeWidth={2}
        strokeDasharray={dash}
        strokeLinejoin="round"
        vectorEffect="non-scaling-stroke"
      >
        {title && <title>{title}</title>}
      </path>
    </svg>
  );
}

/** Colour swatches naming each series, under a chart. */
export function Legend({ items }: { items: { color: string; text: string }[] }) {
  return (
    <ul
      aria-hidden="true"
      className="flex flex-wrap justify-center gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300"
    >
      {items.map((i) => (
        <li key={i.text} className="flex items-center gap-1">
          <span className="inline-block h-2 w-3 rounded-sm" style={{ background: i.color }} />
          {i.text}
        </li>
      ))}
    </ul>
  );
}
