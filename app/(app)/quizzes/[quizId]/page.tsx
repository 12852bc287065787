import type { Metadata } from "next";
import Link from "next/link";
import { StartQuizButton } from "@/components/quiz/start-quiz-button";
import { pageParams } from "@/lib/page-input";
import { requirePageUser } from "@/lib/auth/page-guards";
import { getQuiz } from "@/lib/quiz/quizzes";
import { quizRulesFor } from "@/lib/quiz/start-rules";
import { orPageError } from "@/lib/page-errors";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { DataTable } from "@/components/ui/data-table";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = { title: "Quiz" };

/** The start page: the rules, then Start (which starts the clock on the server) or Resume. */
export default async function QuizPage({ params }: { params: Promise<{ quizId: string }> }) {
  const { quizId } = await pageParams(params);
  const user = await requirePageUser(`/quizzes/${quizId}`);
  const quiz = await orPageError(getQuiz(user.id, quizId));
  const { rules, resumeId, canStart, reason } = quizRulesFor(quiz, user.timeZone);
  return (
    <div className="flex flex-col gap-6">
      <Breadcrumbs trail={[{ href: "/quizzes", label: "Quizzes" }]} current={quiz.title} />
      <h1 className="text-2xl font-bold">{quiz.title}</h1>
      <section
        aria-labelledby="rules-h"
        className="flex max-w-2xl flex-col gap-4 rounded-lg border border-slate-200 p-4 sm:p-6 dark:border-slate-800"
      >
        <h2 id="rules-h" className="text-lg font-semibold">
          Before you start
        </h2>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr] sm:gap-y-3">
          {rules.map((r) => (
            <div key={r.id} className="contents">
              <dt className="font-medium text-slate-700 max-sm:mt-2 dark:text-slate-300">{r.label}</dt>
              <dd>{r.text}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Your answers save as you go. You can flag questions for review and see a summary before you submit.
        </p>
        {resumeId && <p className="text-sm font-medium">You have an attempt in progress; its clock is running.</p>}
        {reason && <p className="text-sm font-medium">{reason}</p>}
        <StartQuizButton
          quizId={quiz.id}
          title={quiz.title}
          resumeId={resumeId}
          disabled={!canStart}
          refusal={quiz.startRefusal}
        />
      </section>
      <Section id="history-h" title="Your attempts" size="lg" className="flex flex-col gap-2">
        {quiz.attempts.length === 0 ? (
          <p className="text-sm">You have not attempted this quiz yet; “Start quiz” above begins your first attempt.</p>
        ) : (
          <DataTable
            rows={quiz.attempts}
            columns={[
              { header: "#", cell: (a) => a.attemptNumber },
              {
                header: "Started",
                cell: (a) => new Date(a.startedAt).toLocaleString("en-GB", { timeZone: user.timeZone }),
              },
              {
                header: "Status",
                cell: (a) =>
                  a.status === "IN_PROGRESS" ? "In progress" : a.status === "EXPIRED" ? "Timed out" : "Submitted",
              },
              {
                header: "Score",
                cell: (a) =>
                  a.scorePercent === null ? "—" : `${a.scorePercent}% ${a.passed ? "(passed)" : "(not passed)"}`,
              },
              {
                header: "",
                cell: (a) => (
                  <Link href={`/quizzes/attempts/${a.id}`} className="underline">
                    {a.status === "IN_PROGRESS" ? "Resume" : "Results"}
                    <span className="sr-only"> of attempt {a.attemptNumber}</span>
                  </Link>
                ),
              },
            ]}
          />
        )}
      </Section>
    </div>
  );
}
