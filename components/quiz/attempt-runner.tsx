"use client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { AnswerInput } from "@/components/questions/answer-input";
import { MarkdownHtmlProvider } from "@/components/questions/markdown";
import { QuestionPrompt } from "@/components/questions/question-card";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ApiError, api, apiMessage } from "@/lib/api/client";
import { submitAttemptEp, updateAttemptProgressEp } from "@/lib/api/routes";
import { isBlankAnswer } from "@/lib/quiz/blank";
import { formatClock } from "@/lib/quiz/format";
import type { AttemptView } from "@/lib/quiz/schemas";
import { AttemptSummary } from "./attempt-summary";
import { QuestionNavigator, type QuestionMarks } from "./question-navigator";
import { useAutosave } from "./use-autosave";

/** How long the runner waits for the results to replace it before it reloads the page. */
const RESULTS_FALLBACK_MS = 4000;

/**
 * Runs an open attempt. The countdown uses the server's deadline and the offset between
 * the server's clock and ours (the client clock is never trusted); it warns at one minute
 * and submits at zero. Answers autosave one question at a time; the question on screen and
 * the flags are saved on the attempt, so a reload reopens the same question.
 */
export function AttemptRunner({ initial }: { initial: AttemptView }) {
  const router = useRouter();
  const offset = useRef(0);
  const [remaining, setRemaining] = useState(() => Date.parse(initial.deadlineAt) - Date.parse(initial.serverNow));
  const [index, setIndex] = useState(() => Math.min(initial.position, initial.questions.length - 1));
  const [summary, setSummary] = useState(false);
  const [flagged, setFlagged] = useState(() => new Set(initial.flagged));
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The clock only runs down, so the last minute is a function of what is left.
  const warned = remaining <= 60_000 && remaining > 0;
  const finished = useRef(false);
  // Set once the server has the attempt finished: the page is asked for the results.
  const [done, setDone] = useState(false);
  const onFinished = useCallback(() => {
    finished.current = true;
    setDone(true);
    router.refresh();
  }, [router]);
  const { answers, saved, change, flush } = useAutosave(initial.id, initial.answers, { onFinished, onError: setError });
  const marks: QuestionMarks = {
    answered: (id) => !isBlankAnswer(answers[id]),
    flagged: (id) => flagged.has(id),
  };

  useEffect(() => {
    offset.current = Date.parse(initial.serverNow) - Date.now();
  }, [initial.serverNow]);

  const finish = useCallback(
    async (reason: "submit" | "timeout") => {
      if (finished.current) return;
      finished.current = true;
      setSubmitting(true);
      await flush();
      // 409: already finished (submitted elsewhere or expired), which is what we wanted.
      const ok = await api(submitAttemptEp, { params: { attemptId: initial.id } }).then(
        () => true,
        (err: unknown) => err instanceof ApiError && err.status === 409,
      );
      if (!ok) {
        finished.current = false;
        setSubmitting(false);
        setError(
          reason === "timeout"
            ? "Time is up. We could not reach the server; your saved answers will be scored."
            : "Could not submit. Check your connection and try again.",
        );
        return;
      }
      setDone(true);
      router.refresh();
    },
    [initial.id, router, flush],
  );

  // The refresh normally swaps this runner for the results. If it is lost (a dropped request,
  // a refresh that does not re-render), load the page afresh rather than leave "Submitting…".
  useEffect(() => {
    if (!done) return;
    const id = setTimeout(() => window.location.reload(), RESULTS_FALLBACK_MS);
    return () => clearTimeout(id);
  }, [done]);

  useEffect(() => {
    const tick = () => {
      const left = Date.parse(initial.deadlineAt) - (Date.now() + offset.current);
      setRemaining(left);
      if (left <= 0) void finish("timeout");
    };
    tick();
    const id = setInterval(tick, 250);
    return () => clearInterval(id);
  }, [initial.deadlineAt, finish]);

  /** Saves position or a flag; a failure is told, never fatal (the answers are what count). */
  function progress(body: { position?: number; flag?: { questionId: string; flagged: boolean } }, undo?: () => void) {
    api(updateAttemptProgressEp, { params: { attemptId: initial.id }, body }).catch((err: unknown) => {
      if (err instanceof ApiError && err.status === 409) {
        onFinished();
        return;
      }
      undo?.();
      setError(apiMessage(err, "Could not save your place or flag. Check your connection."));
    });
  }

  /** Shows question i; from the navigator or the summary its heading takes focus (Next and Previous keep theirs). */
  function go(i: number, focusHeading = true) {
    setSummary(false);
    setIndex(i);
    if (i !== index) progress({ position: i });
    if (focusHeading) requestAnimationFrame(() => document.getElementById("qnum")?.focus());
  }

  function toggleFlag(id: string) {
    const next = !flagged.has(id);
    const set = (on: boolean) =>
      setFlagged((s) => {
        const copy = new Set(s);
        if (on) copy.add(id);
        else copy.delete(id);
        return copy;
      });
    set(next);
    progress({ flag: { questionId: id, flagged: next } }, () => set(!next));
  }

  const q = initial.questions[index];
  const last = initial.questions.length - 1;
  const low = remaining <= 60_000;
  return (
    <MarkdownHtmlProvider html={initial.markdown}>
      <div className="flex flex-col gap-4">
        <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 bg-white py-2 dark:border-slate-800 dark:bg-slate-950">
          <h1 className="text-lg font-semibold">
            {initial.quiz.title}{" "}
            <span className="font-normal text-slate-600 dark:text-slate-400">· attempt {initial.attemptNumber}</span>
          </h1>
          <p
            className={`font-mono text-lg ${low ? "font-bold text-red-700 dark:text-red-400" : ""}`}
            data-testid="countdown"
          >
            <span className="text-sm font-normal">Time left</span> {formatClock(remaining)}
          </p>
        </div>
        {warned && remaining > 0 && <Alert>One minute left. The quiz submits itself when time runs out.</Alert>}
        {error && <Alert>{error}</Alert>}
        {done ? (
          <Alert kind="info">
            Submitted. Loading your results…{" "}
            <a className="underline" href={`/quizzes/attempts/${initial.id}`}>
              Show my results
            </a>
          </Alert>
        ) : (
          submitting && <Alert kind="info">Submitting…</Alert>
        )}

        <QuestionNavigator questions={initial.questions} current={summary ? null : index} marks={marks} onGo={go} />

        {summary ? (
          <AttemptSummary
            questions={initial.questions}
            marks={marks}
            onGo={go}
            onBack={() => go(index)}
            onSubmit={() => void finish("submit")}
            submitting={submitting}
          />
        ) : (
          <section
            aria-labelledby="qnum"
            className="flex flex-col gap-4 rounded-lg border border-slate-200 p-4 sm:p-6 dark:border-slate-800"
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2
                id="qnum"
                tabIndex={-1}
                className="text-sm font-medium text-slate-600 outline-none dark:text-slate-400"
              >
                Question {index + 1} of {initial.questions.length}
              </h2>
              <Button
                variant="secondary"
                // A toggle keeps one name; pressed is its state (amber when flagged).
                className="px-3 py-1 aria-pressed:border-amber-500 aria-pressed:bg-amber-100 aria-pressed:text-amber-950 dark:aria-pressed:bg-amber-900 dark:aria-pressed:text-amber-50"
                aria-pressed={flagged.has(q.id)}
                onClick={() => toggleFlag(q.id)}
                disabled={submitting}
              >
                <span aria-hidden="true">⚑</span> Flag for review
              </Button>
            </div>
            <QuestionPrompt question={q} />
            <AnswerInput
              key={q.id}
              question={q}
              value={answers[q.id]}
              onChange={(a) => change(q.id, a)}
              disabled={submitting}
            />
            <p role="status" className="text-xs text-slate-600 dark:text-slate-400">
              {saved[q.id] === "saving"
                ? "Saving…"
                : saved[q.id] === "saved"
                  ? "Answer saved"
                  : saved[q.id] === "cleared"
                    ? "Answer cleared: not answered"
                    : saved[q.id] === "error"
                      ? "Not saved"
                      : ""}
            </p>
            <div className="flex justify-between gap-3">
              <Button variant="secondary" onClick={() => go(Math.max(0, index - 1), false)} disabled={index === 0}>
                Previous
              </Button>
              {index < last ? (
                <Button variant="secondary" onClick={() => go(index + 1, false)}>
                  Next
                </Button>
              ) : (
                <Button variant="secondary" onClick={() => setSummary(true)}>
                  Go to the summary
                </Button>
              )}
            </div>
          </section>
        )}

        {!summary && (
          <Button onClick={() => setSummary(true)} disabled={submitting}>
            Submit quiz
          </Button>
        )}
      </div>
    </MarkdownHtmlProvider>
  );
}
