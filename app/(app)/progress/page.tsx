import type { Metadata } from "next";
import Link from "next/link";
import { ForecastChart, RetentionChart, StagesChart } from "@/components/progress/charts";
import { ReviewHeatmap } from "@/components/progress/heatmap";
import { QuizHistory } from "@/components/progress/quiz-history";
import { requirePageUser } from "@/lib/auth/page-guards";
import { getProgress } from "@/lib/srs/stats";

export const metadata: Metadata = { title: "Progress" };

function Stat({ label, value, testId }: { label: string; value: string | number; testId?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <dt className="text-sm text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="text-3xl font-bold" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

export default async function ProgressPage() {
  const user = await requirePageUser("/progress");
  const p = await getProgress(user);
  const last = p.retention.at(-1);
  const retained = p.retention.reduce((n, w) => n + w.retained, 0);
  const reviews = p.retention.reduce((n, w) => n + w.reviews, 0);
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-bold">Progress</h1>
      <Link href="/progress/calibration" className="self-start text-sm underline">
        Is it working? How well your scheduler predicts your recall
      </Link>
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        <Stat label="Streak" value={`${p.streak} day${p.streak === 1 ? "" : "s"}`} testId="streak" />
        <Stat label="Reviews (last year)" value={p.totalReviews} testId="total-reviews" />
        <Stat label="Retention (12 weeks)" value={reviews ? `${Math.round((100 * retained) / reviews)}%` : "—"} />
        <Stat label="Due today" value={p.forecast[0]?.count ?? 0} />
      </dl>

      <section aria-labelledby="heatmap-h" className="flex flex-col gap-2">
        <h2 id="heatmap-h" className="text-lg font-semibold">
          Reviews per day
        </h2>
        <ReviewHeatmap today={p.today} days={p.heatmap} />
      </section>

      <section aria-labelledby="forecast-h" className="flex flex-col gap-2">
        <h2 id="forecast-h" className="text-lg font-semibold">
          Due in the next 30 days
        </h2>
        <ForecastChart data={p.forecast} />
        <details className="text-sm">
          <summary>Forecast as a table</summary>
          <table className="mt-2">
            <thead>
              <tr>
                <th className="pr-4 text-left">Day</th>
                <th className="text-left">Cards due</th>
              </tr>
            </thead>
            <tbody>
              {p.forecast
                .filter((f) => f.count)
                .map((f) => (
                  <tr key={f.day}>
                    <td className="pr-4">{f.day}</td>
                    <td>{f.count}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </details>
      </section>

      <section aria-labelledby="retention-h" className="flex flex-col gap-2">
        <h2 id="retention-h" className="text-lg font-semibold">
          Retention per week
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Share of reviews graded 3 or higher
          {last ? `; last week ${Math.round(last.rate * 100)}% of ${last.reviews}` : ""}.
        </p>
        {p.retention.length ? <RetentionChart data={p.retention} /> : <p className="text-sm">No reviews yet.</p>}
      </section>

      <section aria-labelledby="stages-h" className="flex flex-col gap-2">
        <h2 id="stages-h" className="text-lg font-semibold">
          Cards by stage
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="stages">
          New {p.stages.new} · Learning {p.stages.learning} · Young {p.stages.young} · Mature {p.stages.mature}{" "}
          (interval of 21 days or more)
        </p>
        <StagesChart stages={p.stages} />
      </section>

      <QuizHistory userId={user.id} />
    </div>
  );
}
