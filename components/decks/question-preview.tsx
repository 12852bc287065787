"use client";
import { useState } from "react";
import { AnswerInput } from "@/components/questions/answer-input";
import { AnswerReview } from "@/components/questions/answer-review";
import { MarkdownHtmlProvider } from "@/components/questions/markdown";
import { QuestionPrompt } from "@/components/questions/question-card";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/api/client";
import { checkAnswerEp } from "@/lib/api/routes";
import type { CheckResult, PublicQuestion } from "@/lib/questions/types";
import { questionLabel } from "./preview-label";

/** Try a question without scheduling anything: answer, check, read the explanation. */
export function QuestionPreview({ question, number }: { question: PublicQuestion; number: number }) {
  const [open, setOpen] = useState(false);
  const [answer, setAnswer] = useState<unknown>(undefined);
  const [checked, setChecked] = useState<CheckResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingId = `q-${question.id}`;
  const label = questionLabel(number, question.prompt);

  async function check(e: React.SubmitEvent) {
    e.preventDefault();
    setError(null);
    try {
      const body =
        question.type === "flashcard" || answer === undefined
          ? { questionId: question.id }
          : { questionId: question.id, answer };
      setChecked(await api(checkAnswerEp, { body, retries: 1 }));
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h3 id={headingId} className="sr-only">
        {label}
      </h3>
      <QuestionPrompt question={question} />
      {!open ? (
        <Button
          variant="secondary"
          className="mt-3"
          onClick={() => setOpen(true)}
          aria-label={`Try ${label.replace(/^Q/, "q")}`}
        >
          Try it
        </Button>
      ) : (
        <form onSubmit={check} className="mt-3 flex flex-col gap-3">
          <AnswerInput question={question} value={answer} onChange={setAnswer} disabled={!!checked} />
          {!checked ? (
            <Button type="submit">{question.type === "flashcard" ? "Reveal" : "Check"}</Button>
          ) : (
            <>
              <MarkdownHtmlProvider html={checked.markdown}>
                <AnswerReview
                  question={question}
                  answer={answer}
                  solution={checked.solution}
                  result={checked.result}
                  explanation={checked.explanation}
                />
              </MarkdownHtmlProvider>
              <Button
                type="button"
                variant="ghost"
                onClick={() => {
                  setChecked(null);
                  setAnswer(undefined);
                  setOpen(false);
                }}
              >
                Close
              </Button>
            </>
          )}
          <p aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
            {error}
          </p>
        </form>
      )}
    </article>
  );
}
