"use client";
import type { Ref } from "react";
import { AnswerInput } from "@/components/questions/answer-input";
import { AnswerReview } from "@/components/questions/answer-review";
import { QuestionPrompt } from "@/components/questions/question-card";
import { Button } from "@/components/ui/button";
import { maxGradeFor } from "@/lib/srs/grade-cap";
import type { CheckResult } from "@/lib/questions/types";
import type { QueueCard } from "@/lib/srs/schemas";
import { GradeButtons } from "./grade-buttons";

export const VERDICT_ID = "study-verdict";

/**
 * One screen per card: the prompt stays on top; below it the input, which the review
 * replaces after the reveal (the options are never shown twice); then the sticky grade bar.
 */
export function StudyCard({
  card,
  answer,
  onAnswer,
  checked,
  revealedAt,
  busy,
  onReveal,
  onGrade,
  canUndo,
  onUndo,
  onShortcuts,
  promptRef,
}: {
  card: QueueCard;
  answer: unknown;
  onAnswer: (a: unknown) => void;
  checked: CheckResult | null;
  revealedAt: number;
  busy: boolean;
  onReveal: () => void;
  onGrade: (g: number) => void;
  canUndo: boolean;
  onUndo: () => void;
  onShortcuts: () => void;
  promptRef: Ref<HTMLDivElement>;
}) {
  const q = card.question;
  return (
    <article
      aria-labelledby="card-heading"
      className="flex min-w-0 flex-col gap-4 rounded-lg border border-slate-200 p-4 sm:p-6 dark:border-slate-800"
    >
      <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-slate-600 dark:text-slate-400">
        <span className="min-w-0 truncate">{q.deckTitle}</span>
        <span className="flex items-center gap-3">
          <span className="rounded-full bg-slate-100 px-2 py-0.5 font-medium dark:bg-slate-800">
            {card.kind === "new" ? "New" : card.kind === "drill" ? "Again" : "Review"}
          </span>
          <button type="button" onClick={onShortcuts} className="underline" aria-keyshortcuts="?">
            Shortcuts (?)
          </button>
          <button
            type="button"
            onClick={onUndo}
            disabled={!canUndo || busy}
            className="underline disabled:no-underline disabled:opacity-60"
            aria-keyshortcuts="U"
          >
            Undo (U)
          </button>
        </span>
      </div>
      {/* Focus lands here on each new card, so a screen reader reads the prompt. */}
      <div ref={promptRef} tabIndex={-1} data-testid="card-prompt" className="min-w-0 focus:outline-none">
        <h2 id="card-heading" className="sr-only">
          Card: {q.type}
        </h2>
        <QuestionPrompt question={q} />
      </div>
      {!checked ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onReveal();
          }}
          className="flex min-w-0 flex-col gap-4"
        >
          <AnswerInput key={`${q.id}-${card.state.version}`} question={q} value={answer} onChange={onAnswer} />
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" disabled={busy}>
              {q.type === "flashcard" ? "Reveal answer" : answer === undefined ? "Show answer" : "Check answer"}
            </Button>
            <span className="text-xs text-slate-600 dark:text-slate-400">Space or Enter</span>
          </div>
        </form>
      ) : (
        <>
          <div className="min-w-0">
            <AnswerReview
              question={q}
              answer={answer}
              solution={checked.solution}
              result={checked.result}
              explanation={checked.explanation}
              verdictId={VERDICT_ID}
            />
          </div>
          <GradeButtons
            onGrade={onGrade}
            maxGrade={maxGradeFor(checked.result.correct)}
            disabled={busy}
            next={card.next}
            now={revealedAt}
          />
        </>
      )}
    </article>
  );
}
