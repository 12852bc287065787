import Link from "next/link";
import { AnswerReview } from "@/components/questions/answer-review";
import { MarkdownHtmlProvider } from "@/components/questions/markdown";
import { QuestionPrompt } from "@/components/questions/question-card";
import { buttonClass } from "@/components/ui/button";
import type { AttemptResult } from "@/lib/quiz/schemas";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { resultAnchor, resultKind } from "./result-kind";
import { ResultsNavigator } from "./results-navigator";

function Verdict({ item }: { item: AttemptResult["items"][number] }) {
  const kind = resultKind(item);
  if (kind === "hidden")
    return <span className="text-slate-700 dark:text-slate-300">Hidden until your open attempt ends</span>;
  if (kind === "unanswered")
    return <span className="font-semibold text-slate-700 dark:text-slate-300">– Not answered</span>;
  if (kind === "answered") return <span className="font-semibold text-slate-700 dark:text-slate-300">Answered</span>;
  if (kind === "right") return <span className="font-semibold text-green-800 dark:text-green-300">✓ Right</span>;
  if (kind === "partly")
    return (
      <span className="font-semibold text-amber-800 dark:text-amber-300">
        ◐ Partly right ({Math.round((item.result?.score ?? 0) * 100)}%)
      </span>
    );
  return <span className="font-semibold text-red-800 dark:text-red-300">✗ Wrong</span>;
}

/** Said when the review options hide something at this time; what and when is on the quiz's page. */
const HIDDEN_NOTE: Record<AttemptResult["review"]["time"], string> = {
  immediately: "Some of this review is hidden for now; the quiz's page says what is shown when.",
  later: "Some of this review is hidden while the quiz is open; the quiz's page says what is shown when.",
  afterClose: "This quiz does not show all of its review.",
};

export function AttemptResults({ result }: { result: AttemptResult }) {
  const minutes = Math.floor(result.timeUsedSeconds / 60);
  const seconds = result.timeUsedSeconds % 60;
  return (
    <div className="flex flex-col gap-6">
      <Breadcrumbs
        trail={[
          { href: "/quizzes", label: "Quizzes" },
          { href: `/quizzes/${result.quiz.id}`, label: result.quiz.title },
        ]}
        current={`Attempt ${result.attemptNumber}`}
      />
      <section
        aria-labelledby="result-h"
        className="flex flex-col gap-3 rounded-lg border border-slate-200 p-6 dark:border-slate-800"
      >
        <h1 id="result-h" className="text-2xl font-bold">
          {result.scorePercent === null
            ? "Results: submitted"
            : `Results: ${result.scorePercent}% — ${result.passed ? "passed" : "not passed"}`}
        </h1>
        {result.timedOut && (
          <p className="text-sm">
            Time ran out, so this attempt was submitted automatically with the answers you had saved.
          </p>
        )}
        <p className="text-sm">
          Pass mark {result.quiz.passMarkPercent}% · time used {minutes} min {seconds} s
          {result.review.marks &&
            ` · ${result.items.filter((i) => (i.result?.score ?? 0) >= 1).length} of ${result.items.length} right`}
          {result.review.marks && result.heldBack ? ` (${result.heldBack.questionCount} not shown)` : ""}
        </p>
        {result.heldBack && (
          <p className="text-sm">
            {result.heldBack.questionCount === 1
              ? "One of these questions is"
              : `${result.heldBack.questionCount} of these questions are`}{" "}
            in your{" "}
            <Link href={`/quizzes/attempts/${result.heldBack.attemptId}`} className="underline">
              quiz attempt in progress
            </Link>
            , so your answers, the right answers and the explanations for them are hidden until that attempt ends.
          </p>
        )}
        {!(result.review.marks && result.review.answers && result.review.explanations) && (
          <p className="text-sm">{HIDDEN_NOTE[result.review.time]}</p>
        )}
        <div className="flex flex-wrap gap-3">
          {result.missedQuestionIds.length > 0 && (
            <Link href="/study" className={buttonClass("primary")}>
              Study the {result.missedQuestionIds.length} missed card{result.missedQuestionIds.length === 1 ? "" : "s"}{" "}
              now
            </Link>
          )}
          <Link href={`/quizzes/${result.quiz.id}`} className={buttonClass("secondary")}>
            Back to the quiz
          </Link>
        </div>
      </section>
      <ResultsNavigator items={result.items} />
      <MarkdownHtmlProvider html={result.markdown}>
        <ol className="flex flex-col gap-4">
          {result.items.map((item, i) => (
            <li
              key={item.question.id}
              id={resultAnchor(i)}
              // Below the sticky navigator when jumped to; focusable so a jump moves keyboard focus too.
              tabIndex={-1}
              aria-labelledby={`${resultAnchor(i)}-h`}
              className="flex scroll-mt-16 flex-col gap-3 rounded-lg border border-slate-200 p-4 outline-none focus-visible:ring-2 focus-visible:ring-brand-500 dark:border-slate-800"
            >
              <div className="flex items-center justify-between text-sm">
                <h2 id={`${resultAnchor(i)}-h`} className="font-medium">
                  Question {i + 1}
                </h2>
                <Verdict item={item} />
              </div>
              <QuestionPrompt question={item.question} />
              {item.heldBack ? null : item.solution ? (
                <AnswerReview
                  question={item.question}
                  answer={item.answer ?? undefined}
                  solution={item.solution}
                  result={item.result}
                  explanation={item.explanation ?? ""}
                />
              ) : (
                <>
                  <p className="text-sm text-slate-700 dark:text-slate-300">
                    {item.answer === null ? "You did not answer this one." : "Your answer was saved."}
                  </p>
                  {item.explanation && <p className="text-sm">{item.explanation}</p>}
                </>
              )}
            </li>
          ))}
        </ol>
      </MarkdownHtmlProvider>
    </div>
  );
}
