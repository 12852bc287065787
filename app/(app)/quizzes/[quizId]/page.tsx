import type { Metadata } from "next";
import Link from "next/link";
import { StartQuizButton } from "@/components/quiz/start-quiz-button";
import { pageParams } from "@/lib/page-input";
import { requirePageUser } from "@/lib/auth/page-guards";
import { getQuiz } from "@/lib/quiz/quizzes";
import { formatLimit } from "@/lib/quiz/format";
import { describeReviewOptions } from "@/lib/quiz/review-options";
import { QuizWindowItems } from "@/components/quiz/quiz-window";
import { orPageError } from "@/lib/page-errors";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { DataTable } from "@/components/ui/data-table";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = { title: "Quiz" };

export default async function QuizPage({ params }: { params: Promise<{ quizId: string }> }) {
  const { quizId } = await pageParams(params);
  const user = await requirePageUser(`/quizzes/${quizId}`);
  const quiz = await orPageError(getQuiz(user.id, quizId));
  const left = quiz.attemptsAllowed - quiz.attemptsUsed;
  return (
    <div className="flex flex-col gap-6">
      <Breadcrumbs trail={[{ href: "/quizzes", label: "Quizzes" }]} current={quiz.title} />
      <h1 className="text-2xl font-bold">{quiz.title}</h1>
      <ul className="list-disc pl-6 text-sm">
        <li>
          {quiz.questionCount} questions drawn at random from {quiz.deckTitle}, options shuffled
        </li>
        <li>Time limit {formatLimit(quiz.timeLimitSeconds)}; it submits itself when time runs out</li>
        <li>Pass mark {quiz.passMarkPercent}%</li>
        <li>
          {quiz.attemptsAllowed} attempt{quiz.attemptsAllowed === 1 ? "" : "s"} allowed, {Math.max(0, left)} left
        </li>
        <QuizWindowItems quiz={quiz} timeZone={user.timeZone} />
        {describeReviewOptions(quiz.reviewOptions).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <StartQuizButton
        quizId={quiz.id}
        title={quiz.title}
        resumeId={quiz.inProgressAttemptId}
        disabled={!quiz.canStart && !quiz.inProgressAttemptId}
        refusal={quiz.startRefusal}
      />
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
