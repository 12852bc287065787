import type { Metadata } from "next";
import Link from "next/link";
import { ForecastChart, RetentionChart, StagesChart } from "@/components/progress/charts";
import { ReviewHeatmap } from "@/components/progress/heatmap";
import { QuizHistory } from "@/components/progress/quiz-history";
import { requirePageUser } from "@/lib/auth/page-guards";
import { getProgress } from "@/lib/srs/stats";
import { days, Stat } from "@/components/ui/stat";
import { TitledSection } from "@/components/ui/titled-section";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage() {
  const user = await requirePageUser("/progress");
  const p = await getProgress(user);
  const last = p.retention.at(-1);
  const retained = p.retention.reduce((n, w) => n + w.retained, 0);
  const reviews = p.retention.reduce((n, w) => n + w.reviews, 0);
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-bold">Progress</h1>
      {p.totalReviews === 0 && (
        <EmptyState action={{ href: "/study", label: "Start studying" }}>
          No reviews yet: your streak, heatmap and retention fill in after your first study session.
        </EmptyState>
      )}
      <Link href="/progress/calibration" className="self-start text-sm underline">
        Is it working? How well your scheduler predicts your recall
      </Link>
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        <Stat label="Streak" value={days(p.streak)} testId="streak" />
        <Stat label="Reviews (last year)" value={p.totalReviews} testId="total-reviews" />
        <Stat label="Retention (12 weeks)" value={reviews ? `${Math.round((100 * retained) / reviews)}%` : "—"} />
        <Stat label="Due today" value={p.forecast[0]?.count ?? 0} />
      </dl>

      <TitledSection id="heatmap-h" title="Reviews per day">
        <ReviewHeatmap today={p.today} days={p.heatmap} />
      </TitledSection>

      <TitledSection id="forecast-h" title="Due in the next 30 days">
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
      </TitledSection>

      <TitledSection id="retention-h" title="Retention per week">
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Share of reviews graded 3 or higher
          {last ? `; last week ${Math.round(last.rate * 100)}% of ${last.reviews}` : ""}.
        </p>
        {p.retention.length ? <RetentionChart data={p.retention} /> : <p className="text-sm">No reviews yet.</p>}
      </TitledSection>

      <TitledSection id="stages-h" title="Cards by stage">
        <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="stages">
          New {p.stages.new} · Learning {p.stages.learning} · Young {p.stages.young} · Mature {p.stages.mature}{" "}
          (interval of 21 days or more)
        </p>
        <StagesChart stages={p.stages} />
      </TitledSection>

      <QuizHistory userId={user.id} />
    </div>
  );
}
