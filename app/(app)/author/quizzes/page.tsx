import type { Metadata } from "next";
import Link from "next/link";
import { QuizForm } from "@/components/quiz/quiz-form";
import { requirePageRole } from "@/lib/auth/page-guards";
import { formatLimit, toUtcInput } from "@/lib/quiz/format";
import { presetOf } from "@/lib/quiz/review-options";
import { listAuthoredQuizzes, listQuizDeckOptions } from "@/lib/quiz/quizzes";
import { listPoolSuggestions } from "@/lib/quiz/pool-options";
import { poolLabel } from "@/lib/quiz/pool-schemas";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = { title: "Quizzes you run" };

const PRESET = {
  AFTER_EACH_ATTEMPT: "after each attempt",
  AFTER_LAST_ATTEMPT: "after the last attempt",
  NEVER: "never",
};

export default async function AuthorQuizzesPage() {
  const user = await requirePageRole("INSTRUCTOR", "/author/quizzes");
  const [quizzes, decks] = await Promise.all([listAuthoredQuizzes(user), listQuizDeckOptions(user)]);
  const suggestions = await listPoolSuggestions(decks.map((d) => d.id));
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
        <DataTable
          rows={quizzes}
          columns={[
            {
              header: "Quiz",
              cell: (q) => (
                <Link href={`/author/quizzes/${q.id}`} className="underline">
                  {q.title}
                </Link>
              ),
            },
            {
              header: "Deck",
              cell: (q) => (
                <>
                  {q.deckTitle} {q.deckStatus === "DRAFT" && <span className="text-xs">(draft)</span>}
                </>
              ),
            },
            {
              header: "Settings",
              cell: (q) =>
                `${q.questionCount} questions · ${formatLimit(q.timeLimitSeconds)} · ${q.attemptsAllowed} attempts · ` +
                `pass ${q.passMarkPercent}%${q.shuffle ? " · shuffled" : ""}` +
                (q.pools.length ? ` · pools: ${q.pools.map((p) => `${p.count} × ${poolLabel(p)}`).join(", ")}` : ""),
            },
            {
              header: "Answers shown",
              cell: (q) => {
                const preset = presetOf(q.reviewOptions);
                return preset ? PRESET[preset] : "custom review options";
              },
            },
            {
              header: "Status",
              cell: (q) =>
                q.archived
                  ? "Archived"
                  : [
                      q.opensAt && `opens ${toUtcInput(q.opensAt).replace("T", " ")} UTC`,
                      q.closesAt && `closes ${toUtcInput(q.closesAt).replace("T", " ")} UTC`,
                    ]
                      .filter(Boolean)
                      .join(" · ") || "Open",
            },
            { header: "Attempts", cell: (q) => q.attempts },
          ]}
        />
      )}
      <Section id="new-quiz-h" title="New quiz" size="lg" className="flex max-w-lg flex-col gap-3">
        {decks.length ? (
          <QuizForm decks={decks} suggestions={suggestions} />
        ) : (
          <p className="text-sm">Create a deck first.</p>
        )}
      </Section>
    </div>
  );
}
