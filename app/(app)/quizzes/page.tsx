import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { requirePageUser } from "@/lib/auth/page-guards";
import { formatLimit } from "@/lib/quiz/format";
import { windowLabel } from "@/components/quiz/quiz-window";
import { listQuizzes } from "@/lib/quiz/quizzes";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Quizzes" };

export default async function QuizzesPage() {
  const user = await requirePageUser("/quizzes");
  const quizzes = await listQuizzes(user.id);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Quizzes</h1>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Timed chapter quizzes. The clock runs on the server; your answers save as you go.
        </p>
      </div>
      {quizzes.length === 0 && (
        <EmptyState action={{ href: "/decks", label: "Browse decks" }}>
          No quizzes are published yet; meanwhile, study the decks they will draw from.
        </EmptyState>
      )}
      <ul className="grid gap-4 sm:grid-cols-2">
        {quizzes.map((q) => {
          const action = q.inProgressAttemptId ? "Resume attempt" : q.canStart ? "Open quiz" : "See your attempts";
          const window = windowLabel(q, user.timeZone);
          return (
            <li key={q.id} className="flex flex-col gap-2 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
              <h2 className="font-semibold">
                <Link href={`/quizzes/${q.id}`} className="hover:underline">
                  {q.title}
                </Link>
              </h2>
              <p className="text-sm text-slate-700 dark:text-slate-300">
                {q.questionCount} questions · {formatLimit(q.timeLimitSeconds)} · pass mark {q.passMarkPercent}%
              </p>
              <p className="text-sm">
                Attempts: {q.attemptsUsed} of {q.attemptsAllowed}
                {q.bestScore !== null && ` · best ${q.bestScore}% · last ${q.lastScore}%`}
              </p>
              {window && <p className="text-sm font-medium">{window}</p>}
              {/* Never starts the clock: the start page shows the rules first (resuming an open attempt is safe). */}
              <Link
                href={q.inProgressAttemptId ? `/quizzes/attempts/${q.inProgressAttemptId}` : `/quizzes/${q.id}`}
                className={buttonClass(q.inProgressAttemptId ? "primary" : "secondary", "self-start")}
                aria-label={`${action}: ${q.title}`}
              >
                {action}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
