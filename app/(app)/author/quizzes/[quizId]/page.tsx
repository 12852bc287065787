import type { Metadata } from "next";
import Link from "next/link";
import { pageParams } from "@/lib/page-input";
import { requirePageRole } from "@/lib/auth/page-guards";
import { listQuizAttempts } from "@/lib/quiz/quizzes";
import { orPageError } from "@/lib/page-errors";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { DataTable } from "@/components/ui/data-table";
import { RegradePanel } from "@/components/quiz/regrade-panel";

export const metadata: Metadata = { title: "Quiz attempts" };

const STATUS = { IN_PROGRESS: "In progress", SUBMITTED: "Submitted", EXPIRED: "Timed out" };

export default async function QuizAttemptsPage({ params }: { params: Promise<{ quizId: string }> }) {
  const { quizId } = await pageParams(params);
  const user = await requirePageRole("INSTRUCTOR", `/author/quizzes/${quizId}`);
  const data = await orPageError(listQuizAttempts(user, quizId));
  const scored = data.attempts.filter((a) => a.scorePercent !== null);
  const mean = scored.length ? Math.round(scored.reduce((n, a) => n + a.scorePercent!, 0) / scored.length) : null;
  return (
    <div className="flex flex-col gap-6">
      <Breadcrumbs trail={[{ href: "/author/quizzes", label: "Quizzes" }]} current={data.quiz.title} />
      <h1 className="text-2xl font-bold">Attempts: {data.quiz.title}</h1>
      <p className="text-sm">
        {data.attempts.length} attempt{data.attempts.length === 1 ? "" : "s"}
        {mean !== null &&
          ` · mean score ${mean}% · passed ${scored.filter((a) => a.passed).length} of ${scored.length}`}
      </p>
      <p className="text-sm">
        <Link href={`/author/quizzes/${quizId}/statistics`} className="underline">
          Statistics and responses CSV
        </Link>
      </p>
      {data.attempts.length > 0 && (
        <DataTable
          rows={data.attempts}
          columns={[
            { header: "Learner", cell: (a) => a.user.name ?? a.user.email },
            { header: "#", cell: (a) => a.attemptNumber },
            {
              header: "Started",
              cell: (a) => new Date(a.startedAt).toLocaleString("en-GB", { timeZone: user.timeZone }),
            },
            { header: "Status", cell: (a) => STATUS[a.status] },
            {
              header: "Score",
              cell: (a) => (a.scorePercent === null ? "—" : `${a.scorePercent}% ${a.passed ? "(passed)" : ""}`),
            },
          ]}
        />
      )}
      {scored.length > 0 && <RegradePanel quizId={data.quiz.id} />}
    </div>
  );
}
