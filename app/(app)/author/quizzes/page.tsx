import type { Metadata } from "next";
import Link from "next/link";
import { QuizForm } from "@/components/quiz/quiz-form";
import { requirePageRole } from "@/lib/auth/page-guards";
import { formatLimit } from "@/lib/quiz/format";
import { listAuthoredQuizzes, listQuizDeckOptions } from "@/lib/quiz/quizzes";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Quizzes you run" };

const POLICY = {
  AFTER_EACH_ATTEMPT: "after each attempt",
  AFTER_LAST_ATTEMPT: "after the last attempt",
  NEVER: "never",
};

export default async function AuthorQuizzesPage() {
  const user = await requirePageRole("INSTRUCTOR", "/author/quizzes");
  const [quizzes, decks] = await Promise.all([listAuthoredQuizzes(user), listQuizDeckOptions(user)]);
  return (
    <div className="flex flex-col gap-8">
      <Breadcrumbs trail={[{ href: "/author", label: "Author" }]} current="Quizzes" />
      <h1 className="text-2xl font-bold">Quizzes on your decks</h1>
      {quizzes.length === 0 ? (
        decks.length === 0 ? (
          <EmptyState action={{ href: "/author", label: "Create a deck" }}>
            No quizzes yet, and a quiz draws from one of your decks: create a deck first.
          </EmptyState>
        ) : (
          <EmptyState>No quizzes on your decks yet: add the first one with the “New quiz” form below.</EmptyState>
        )
      ) : (
        <table className="text-sm">
          <thead>
            <tr className="text-left">
              <th className="py-1 pr-4">Quiz</th>
              <th className="py-1 pr-4">Deck</th>
              <th className="py-1 pr-4">Settings</th>
              <th className="py-1 pr-4">Answers shown</th>
              <th className="py-1">Attempts</th>
            </tr>
          </thead>
          <tbody>
            {quizzes.map((q) => (
              <tr key={q.id} className="border-t border-slate-200 dark:border-slate-800">
                <td className="py-1 pr-4">
                  <Link href={`/author/quizzes/${q.id}`} className="underline">
                    {q.title}
                  </Link>
                </td>
                <td className="py-1 pr-4">
                  {q.deckTitle} {q.deckStatus === "DRAFT" && <span className="text-xs">(draft)</span>}
                </td>
                <td className="py-1 pr-4">
                  {q.questionCount} questions · {formatLimit(q.timeLimitSeconds)} · {q.attemptsAllowed} attempts · pass{" "}
                  {q.passMarkPercent}%{q.shuffle ? " · shuffled" : ""}
                </td>
                <td className="py-1 pr-4">{POLICY[q.showAnswers]}</td>
                <td className="py-1">{q.attempts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section aria-labelledby="new-quiz-h" className="flex max-w-lg flex-col gap-3">
        <h2 id="new-quiz-h" className="text-lg font-semibold">
          New quiz
        </h2>
        {decks.length ? <QuizForm decks={decks} /> : <p className="text-sm">Create a deck first.</p>}
      </section>
    </div>
  );
}
