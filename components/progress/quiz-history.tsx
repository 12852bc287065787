import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { Section } from "@/components/ui/section";
import { listQuizzes } from "@/lib/quiz/quizzes";

/** Per-chapter quiz history: attempts used, best and last score. */
export async function QuizHistory({ userId }: { userId: string }) {
  const quizzes = (await listQuizzes(userId)).filter((q) => q.attemptsUsed > 0);
  return (
    <Section id="quiz-h" title="Quiz history" size="lg" className="flex flex-col gap-2">
      {quizzes.length === 0 ? (
        <p className="text-sm">
          No quizzes taken yet.{" "}
          <Link href="/quizzes" className="underline">
            Take one
          </Link>
          .
        </p>
      ) : (
        <DataTable
          rows={quizzes}
          columns={[
            { header: "Chapter", cell: (q) => q.chapter ?? "—" },
            {
              header: "Quiz",
              cell: (q) => (
                <Link href={`/quizzes/${q.id}`} className="underline">
                  {q.title}
                </Link>
              ),
            },
            { header: "Attempts", cell: (q) => `${q.attemptsUsed} / ${q.attemptsAllowed}` },
            { header: "Best", cell: (q) => (q.bestScore === null ? "—" : `${q.bestScore}%`) },
            { header: "Last", cell: (q) => (q.lastScore === null ? "—" : `${q.lastScore}%`) },
          ]}
        />
      )}
    </Section>
  );
}
