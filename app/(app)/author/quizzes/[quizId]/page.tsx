import type { Metadata } from "next";
import Link from "next/link";
import { pageParams } from "@/lib/page-input";
import { requirePageRole } from "@/lib/auth/page-guards";
import { listQuizAttempts } from "@/lib/quiz/quizzes";
import { getAuthoredQuiz } from "@/lib/quiz/manage";
import { listOverrides } from "@/lib/quiz/overrides";
import { QuizEditForm } from "@/components/quiz/quiz-edit-form";
import { QuizManageActions } from "@/components/quiz/quiz-manage-actions";
import { QuizOverrides } from "@/components/quiz/quiz-overrides";
import { Section } from "@/components/ui/section";
import { orPageError } from "@/lib/page-errors";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { DataTable } from "@/components/ui/data-table";
import { RegradePanel } from "@/components/quiz/regrade-panel";

export const metadata: Metadata = { title: "Quiz settings and attempts" };

const STATUS = { IN_PROGRESS: "In progress", SUBMITTED: "Submitted", EXPIRED: "Timed out" };

export default async function QuizAttemptsPage({ params }: { params: Promise<{ quizId: string }> }) {
  const { quizId } = await pageParams(params);
  const user = await requirePageRole("INSTRUCTOR", `/author/quizzes/${quizId}`);
  const [data, quiz, overrides] = await orPageError(
    Promise.all([listQuizAttempts(user, quizId), getAuthoredQuiz(user, quizId), listOverrides(user, quizId)]),
  );
  const scored = data.attempts.filter((a) => a.scorePercent !== null);
  const mean = scored.length ? Math.round(scored.reduce((n, a) => n + a.scorePercent!, 0) / scored.length) : null;
  return (
    <div className="flex flex-col gap-6">
      <Breadcrumbs trail={[{ href: "/author/quizzes", label: "Quizzes" }]} current={data.quiz.title} />
      <h1 className="text-2xl font-bold">
        {data.quiz.title} {quiz.archived && <span className="text-base font-normal">(archived)</span>}
      </h1>
      <p className="text-sm">
        On {quiz.deckTitle}.{" "}
        {quiz.archived ? "Archived: learners do not see it and cannot start it; their results are kept." : ""}
      </p>
      <QuizManageActions quizId={quiz.id} title={quiz.title} archived={quiz.archived} attempts={quiz.attempts} />
      <Section id="settings-h" title="Settings" size="lg" className="flex max-w-2xl flex-col gap-3">
        <QuizEditForm quiz={quiz} />
      </Section>
      <Section id="overrides-h" title="Learner overrides" size="lg" className="flex max-w-2xl flex-col gap-3">
        <p className="text-sm">
          Extra time (a factor on the time limit), extra attempts or a later close for one learner. The deadline is the
          start plus the time limit × factor, and never after their close.
        </p>
        <QuizOverrides quizId={quiz.id} overrides={overrides} />
      </Section>
      <h2 className="text-lg font-semibold">Attempts</h2>
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
