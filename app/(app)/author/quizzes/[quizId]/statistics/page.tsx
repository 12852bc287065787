import type { Metadata } from "next";
import Link from "next/link";
import { ItemTable } from "@/components/quiz-statistics/item-table";
import { TestSummary } from "@/components/quiz-statistics/test-summary";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageRole } from "@/lib/auth/page-guards";
import { orPageError } from "@/lib/page-errors";
import { pageParams, searchText } from "@/lib/page-input";
import { getQuizStatistics } from "@/lib/quiz/statistics/load";
import { DEFAULT_WHICH_ATTEMPTS, WHICH_ATTEMPTS, type WhichAttempts } from "@/lib/quiz/statistics/which-attempts";

export const metadata: Metadata = { title: "Quiz statistics" };

const WHICH_LABEL: Record<WhichAttempts, string> = {
  highest: "Each learner's highest",
  first: "First attempts",
  last: "Last attempts",
  all: "All attempts",
};

export default async function QuizStatisticsPage({
  params,
  searchParams,
}: {
  params: Promise<{ quizId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { quizId } = await pageParams(params);
  const user = await requirePageRole("INSTRUCTOR", `/author/quizzes/${quizId}/statistics`);
  const asked = searchText((await searchParams).attempts);
  const which = (WHICH_ATTEMPTS as readonly string[]).includes(asked)
    ? (asked as WhichAttempts)
    : DEFAULT_WHICH_ATTEMPTS;
  const stats = await orPageError(getQuizStatistics(user, quizId, which));
  const base = `/author/quizzes/${quizId}/statistics`;
  return (
    <div className="flex flex-col gap-6">
      <Breadcrumbs
        trail={[
          { href: "/author/quizzes", label: "Quizzes" },
          { href: `/author/quizzes/${quizId}`, label: stats.quiz.title },
        ]}
        current="Statistics"
      />
      <h1 className="text-2xl font-bold">Statistics: {stats.quiz.title}</h1>
      <nav aria-label="Which attempts" className="flex flex-wrap gap-2 text-sm">
        {WHICH_ATTEMPTS.map((w) => (
          <Link
            key={w}
            href={w === DEFAULT_WHICH_ATTEMPTS ? base : `${base}?attempts=${w}`}
            aria-current={w === which ? "page" : undefined}
            className={buttonClass(w === which ? "primary" : "secondary")}
          >
            {WHICH_LABEL[w]}
          </Link>
        ))}
        <a href={`/api/v1/author/quizzes/${quizId}/responses`} download className={buttonClass("secondary")}>
          Download responses (CSV)
        </a>
      </nav>
      {stats.test.attempts === 0 ? (
        <EmptyState>No finished attempts yet: statistics appear once learners submit this quiz.</EmptyState>
      ) : (
        <>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Computed as Moodle&apos;s quiz statistics report does, over submitted and timed-out attempts. Questions are
            flagged only once {stats.minAttemptsForFlags} attempts have drawn them; fewer say too little.
          </p>
          <TestSummary test={stats.test} />
          <ItemTable items={stats.items} minAttempts={stats.minAttemptsForFlags} />
        </>
      )}
    </div>
  );
}
