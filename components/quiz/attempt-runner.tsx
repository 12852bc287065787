"use client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { AnswerInput } from "@/components/questions/answer-input";
import { QuestionPrompt } from "@/components/questions/question-card";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ApiError, api, apiMessage } from "@/lib/api/client";
import { saveAnswerEp, submitAttemptEp } from "@/lib/api/endpoints/quizzes";
import { formatClock } from "@/lib/quiz/format";
import type { AttemptView } from "@/lib/quiz/schemas";

const SAVE_DELAY_MS = 400;

/**
 * Runs an open attempt. The countdown uses the server's deadline and the offset between
 * the server's clock and ours (the client clock is never trusted); it warns at one minute
 * and submits at zero. Answers autosave one question at a time.
 */
export function AttemptRunner({ initial }: { initial: AttemptView }) {
  const router = useRouter();
  const offset = useRef(0);
  const [remaining, setRemaining] = useState(() => Date.parse(initial.deadlineAt) - Date.parse(initial.serverNow));
  const [answers, setAnswers] = useState<Record<string, unknown>>(initial.answers);
  const [saved, setSaved] = useState<Record<string, "saving" | "saved" | "error">>(() =>
    Object.fromEntries(Object.keys(initial.answers).map((id) => [id, "saved" as const])),
  );
  const [index, setIndex] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The clock only runs down, so the last minute is a function of what is left.
  const warned = remaining <= 60_000 && remaining > 0;
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const pending = useRef(new Map<string, Promise<void>>());
  const finished = useRef(false);

  useEffect(() => {
    offset.current = Date.parse(initial.serverNow) - Date.now();
  }, [initial.serverNow]);

  const finish = useCallback(
    async (reason: "submit" | "timeout") => {
      if (finished.current) return;
      finished.current = true;
      setSubmitting(true);
      for (const [id, t] of timers.current) {
        clearTimeout(t);
        timers.current.delete(id);
      }
      await Promise.allSettled(pending.current.values());
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
      router.refresh();
    },
    [initial.id, router],
  );

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

  function save(questionId: string, answer: unknown) {
    const run = async () => {
      setSaved((s) => ({ ...s, [questionId]: "saving" }));
      try {
        await api(saveAnswerEp, { params: { attemptId: initial.id }, body: { questionId, answer } });
      } catch (err) {
        if (err instanceof ApiError && err.status === 409) {
          finished.current = true;
          router.refresh();
          return;
        }
        setSaved((s) => ({ ...s, [questionId]: "error" }));
        setError(apiMessage(err, "An answer could not be saved. It will be retried when you change it."));
        return;
      }
      setError(null);
      setSaved((s) => ({ ...s, [questionId]: "saved" }));
    };
    const p = run().finally(() => pending.current.delete(questionId));
    pending.current.set(questionId, p);
  }

  function onChange(questionId: string, answer: unknown) {
    setAnswers((a) => ({ ...a, [questionId]: answer }));
    const t = timers.current.get(questionId);
    if (t) clearTimeout(t);
    if (answer === undefined) return; // incomplete (e.g. a number being typed)
    timers.current.set(
      questionId,
      setTimeout(() => {
        timers.current.delete(questionId);
        save(questionId, answer);
      }, SAVE_DELAY_MS),
    );
  }

  const q = initial.questions[index];
  const unanswered = initial.questions.filter((x) => answers[x.id] === undefined).length;
  const low = remaining <= 60_000;
  return (
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
      {submitting && <Alert kind="info">Submitting…</Alert>}

      <nav aria-label="Questions" className="flex flex-wrap gap-1">
        {initial.questions.map((x, i) => (
          <button
            key={x.id}
            type="button"
            onClick={() => setIndex(i)}
            aria-current={i === index ? "step" : undefined}
            aria-label={`Question ${i + 1}${answers[x.id] !== undefined ? ", answered" : ", not answered"}`}
            className={`h-9 w-9 rounded-md border text-sm ${i === index ? "border-brand-600 bg-brand-600 text-white" : answers[x.id] !== undefined ? "border-slate-400 bg-slate-100 dark:bg-slate-800" : "border-slate-300 dark:border-slate-700"}`}
          >
            {i + 1}
          </button>
        ))}
      </nav>

      <section
        aria-labelledby="qnum"
        className="flex flex-col gap-4 rounded-lg border border-slate-200 p-4 sm:p-6 dark:border-slate-800"
      >
        <h2 id="qnum" className="text-sm font-medium text-slate-600 dark:text-slate-400">
          Question {index + 1} of {initial.questions.length}
        </h2>
        <QuestionPrompt question={q} />
        <AnswerInput
          key={q.id}
          question={q}
          value={answers[q.id]}
          onChange={(a) => onChange(q.id, a)}
          disabled={submitting}
        />
        <p role="status" className="text-xs text-slate-600 dark:text-slate-400">
          {saved[q.id] === "saving"
            ? "Saving…"
            : saved[q.id] === "saved"
              ? "Answer saved"
              : saved[q.id] === "error"
                ? "Not saved"
                : ""}
        </p>
        <div className="flex justify-between gap-3">
          <Button variant="secondary" onClick={() => setIndex((i) => Math.max(0, i - 1))} disabled={index === 0}>
            Previous
          </Button>
          {index < initial.questions.length - 1 ? (
            <Button variant="secondary" onClick={() => setIndex((i) => i + 1)}>
              Next
            </Button>
          ) : null}
        </div>
      </section>

      <div className="flex flex-col gap-2">
        {!confirming ? (
          <Button onClick={() => (unanswered ? setConfirming(true) : void finish("submit"))} disabled={submitting}>
            Submit quiz
          </Button>
        ) : (
          <div
            role="alertdialog"
            aria-labelledby="confirm-text"
            className="flex flex-wrap items-center gap-3 rounded-md border border-amber-400 p-3"
          >
            <p id="confirm-text" className="text-sm">
              {unanswered} question{unanswered === 1 ? " is" : "s are"} not answered. Submit anyway?
            </p>
            <Button onClick={() => void finish("submit")} autoFocus>
              Submit now
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              Keep going
            </Button>
          </div>
        )}
      </div>
    </div>
  );
}
