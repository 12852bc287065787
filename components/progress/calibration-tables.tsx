import type { Calibration, ModelScoreSummary } from "@/lib/srs/calibration";
import type { ReliabilityBin } from "@/lib/srs/fsrs/metrics";
import { RETENTION_PERIODS, type RetentionCell } from "@/lib/srs/fsrs/true-retention";

const pct = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)}%`);
const num = (x: number | null, digits = 3) => (x === null ? "—" : x.toFixed(digits));
const th = "border-b border-slate-300 px-2 py-1 text-left font-semibold dark:border-slate-700";
const td = "border-b border-slate-200 px-2 py-1 dark:border-slate-800";

export function ReliabilityTable({ bins }: { bins: ReliabilityBin[] }) {
  return (
    <table className="text-sm">
      <caption className="sr-only">Predicted and observed recall per bin of predicted recall</caption>
      <thead>
        <tr>
          <th className={th}>Predicted recall</th>
          <th className={th}>Mean predicted</th>
          <th className={th}>Observed</th>
          <th className={th}>Reviews</th>
        </tr>
      </thead>
      <tbody>
        {bins
          .filter((b) => b.count > 0)
          .map((b) => (
            <tr key={b.lower}>
              <td className={td}>
                {Math.round(b.lower * 100)}–{Math.round(b.upper * 100)}%
              </td>
              <td className={td}>{pct(b.meanPredicted)}</td>
              <td className={td}>{pct(b.observedRate)}</td>
              <td className={td}>{b.count}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}

export function ModelTable({ models, logged }: { models: Calibration["models"]; logged: ModelScoreSummary }) {
  const rows: [string, ModelScoreSummary][] = [
    ["SM-2 (replayed)", models.sm2],
    [`FSRS-6, ${models.fsrs.weights === "fitted" ? "your fitted weights" : "default weights"} (replayed)`, models.fsrs],
    ["What was predicted when you answered", logged],
  ];
  return (
    <table className="text-sm">
      <caption className="sr-only">Log loss and RMSE of binned predictions per scheduler; lower is better</caption>
      <thead>
        <tr>
          <th className={th}>Model</th>
          <th className={th}>Reviews scored</th>
          <th className={th}>Log loss</th>
          <th className={th}>RMSE (bins)</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, s]) => (
          <tr key={name}>
            <th scope="row" className={`${td} text-left font-normal`}>
              {name}
            </th>
            <td className={td}>{s.reviews}</td>
            <td className={td}>{num(s.logLoss)}</td>
            <td className={td}>{num(s.rmseBins)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Cell({ c }: { c: RetentionCell }) {
  return (
    <td className={td}>
      {pct(c.rate)}{" "}
      <span className="text-slate-600 dark:text-slate-400">({c.total ? `${c.passed}/${c.total}` : "none"})</span>
    </td>
  );
}

export function TrueRetentionTable({ table }: { table: Calibration["trueRetention"] }) {
  const periods = Object.keys(RETENTION_PERIODS) as (keyof typeof RETENTION_PERIODS)[];
  const label = { day: "Last day", week: "Last week", month: "Last month", year: "Last year" };
  return (
    <table className="text-sm">
      <caption className="sr-only">Pass rate of cards in review, young and mature, per period</caption>
      <thead>
        <tr>
          <th className={th}>Cards</th>
          {periods.map((p) => (
            <th key={p} className={th}>
              {label[p]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {(["young", "mature", "all"] as const).map((k) => (
          <tr key={k}>
            <th scope="row" className={`${td} text-left font-normal`}>
              {k === "young" ? "Young (interval < 21 d)" : k === "mature" ? "Mature (≥ 21 d)" : "All"}
            </th>
            {periods.map((p) => (
              <Cell key={p} c={table[p][k]} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function WorkloadTable({ rows, current }: { rows: Calibration["workload"]["rows"]; current: number }) {
  return (
    <table className="text-sm">
      <caption className="sr-only">Simulated reviews by desired retention over the next 30 and 90 days</caption>
      <thead>
        <tr>
          <th className={th}>Desired retention</th>
          <th className={th}>Per day, next 30 days</th>
          <th className={th}>Total, 30 days</th>
          <th className={th}>Per day, next 90 days</th>
          <th className={th}>Total, 90 days</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.desiredRetention} className={Math.abs(r.desiredRetention - current) < 1e-9 ? "font-semibold" : ""}>
            <th scope="row" className={`${td} text-left font-normal`}>
              {pct(r.desiredRetention)}
              {Math.abs(r.desiredRetention - current) < 1e-9 ? " (yours now)" : ""}
            </th>
            <td className={td}>{r.mean30.toFixed(1)}</td>
            <td className={td}>{r.total30}</td>
            <td className={td}>{r.mean90.toFixed(1)}</td>
            <td className={td}>{r.total90}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
