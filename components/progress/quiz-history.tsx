import Link from "next/link";
import { listQuizzes } from "@/lib/quiz/quizzes";

/** Per-chapter quiz history: attempts used, best and last score. */
export async function QuizHistory({ userId }: { userId: string }) {
  const quizzes = (await listQuizzes(userId)).filter((q) => q.attemptsUsed > 0);
  return (
    <section aria-labelledby="quiz-h" className="flex flex-col gap-2">
      <h2 id="quiz-h" className="text-lg font-semibold">
        Quiz history
      </h2>
      {quizzes.length === 0 ? (
        <p className="text-sm">
          No quizzes taken yet.{" "}
          <Link href="/quizzes" className="underline">
            Take one
          </Link>
          .
        </p>
      ) : (
        <table className="text-sm">
          <thead>
            <tr className="text-left">
              <th className="py-1 pr-4">Chapter</th>
              <th className="py-1 pr-4">Quiz</th>
              <th className="py-1 pr-4">Attempts</th>
              <th className="py-1 pr-4">Best</th>
              <th className="py-1">Last</th>
            </tr>
          </thead>
          <tbody>
            {quizzes.map((q) => (
              <tr key={q.id} className="border-t border-slate-200 dark:border-slate-800">
                <td className="py-1 pr-4">{q.chapter ?? "—"}</td>
                <td className="py-1 pr-4">
                  <Link href={`/quizzes/${q.id}`} className="underline">
                    {q.title}
                  </Link>
                </td>
                <td className="py-1 pr-4">
                  {q.attemptsUsed} / {q.attemptsAllowed}
                </td>
                <td className="py-1 pr-4">{q.bestScore === null ? "—" : `${q.bestScore}%`}</td>
                <td className="py-1">{q.lastScore === null ? "—" : `${q.lastScore}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
