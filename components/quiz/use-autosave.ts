"use client";
import { useRef, useState } from "react";
import { ApiError, api, apiMessage } from "@/lib/api/client";
import { saveAnswerEp } from "@/lib/api/routes";
import { isBlankAnswer } from "@/lib/quiz/blank";

const SAVE_DELAY_MS = 400;

/** "cleared": a blank answer was sent, so the server holds none (the question is unanswered again). */
export type SaveState = "saving" | "saved" | "cleared" | "error";

/**
 * Debounced, per-question autosave. Only a change the learner made reaches `change` (the
 * inputs never emit on render), so a question merely viewed is never saved. `flush` waits for
 * what is in flight and drops what is still waiting, before a submit.
 */
export function useAutosave(
  attemptId: string,
  initial: Record<string, unknown>,
  { onFinished, onError }: { onFinished: () => void; onError: (message: string | null) => void },
) {
  const [answers, setAnswers] = useState<Record<string, unknown>>(initial);
  const [saved, setSaved] = useState<Record<string, SaveState>>(() =>
    Object.fromEntries(Object.keys(initial).map((id) => [id, "saved" as const])),
  );
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const pending = useRef(new Map<string, Promise<void>>());

  function save(questionId: string, answer: unknown) {
    const run = async () => {
      setSaved((s) => ({ ...s, [questionId]: "saving" }));
      try {
        await api(saveAnswerEp, { params: { attemptId }, body: { questionId, answer } });
      } catch (err) {
        if (err instanceof ApiError && err.status === 409) {
          onFinished();
          return;
        }
        setSaved((s) => ({ ...s, [questionId]: "error" }));
        onError(apiMessage(err, "An answer could not be saved. It will be retried when you change it."));
        return;
      }
      onError(null);
      setSaved((s) => ({ ...s, [questionId]: isBlankAnswer(answer) ? "cleared" : "saved" }));
    };
    const p = run().finally(() => pending.current.delete(questionId));
    pending.current.set(questionId, p);
  }

  function change(questionId: string, answer: unknown) {
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

  async function flush() {
    for (const [id, t] of timers.current) {
      clearTimeout(t);
      timers.current.delete(id);
    }
    await Promise.allSettled(pending.current.values());
  }

  return { answers, saved, change, flush };
}
