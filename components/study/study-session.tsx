"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { AnswerInput } from "@/components/questions/answer-input";
import { AnswerReview } from "@/components/questions/answer-review";
import { QuestionPrompt } from "@/components/questions/question-card";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { maxGradeFor } from "@/lib/srs/grade-cap";
import { ApiError, api } from "@/lib/api/client";
import { checkAnswerEp, getQueueEp, recordReviewEp, undoReviewEp } from "@/lib/api/endpoints/study";
import type { CheckResult } from "@/lib/questions/types";
import type { QueueCard, StudyQueue } from "@/lib/srs/schemas";
import { GradeButtons } from "./grade-buttons";
import { SessionSummary, type SessionStats } from "./session-summary";
import { useStudyKeys } from "./use-study-keys";

/** Cards graded below 4 come back this many cards later in the same session. */
const AGAIN_GAP = 3;
// One network retry, as the study client always had: a review is idempotent (client request id) and a check
// writes nothing. An undo is not idempotent: a retry after a lost response would undo one more review.
const RETRIES = 1;
const loadQueue = () => api(getQueueEp, { query: { limit: 50 }, retries: RETRIES });

/** A stale grade's 409 carries the card's fresh state. */
const hasState = (details: unknown) =>
  typeof details === "object" && details !== null && "state" in details && !!details.state;

export function StudySession() {
  const [cards, setCards] = useState<QueueCard[] | null>(null);
  const [counts, setCounts] = useState<StudyQueue["counts"] | null>(null);
  const [answer, setAnswer] = useState<unknown>(undefined);
  const [checked, setChecked] = useState<CheckResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [stats, setStats] = useState<SessionStats>(() => ({
    reviewed: 0,
    correct: 0,
    answered: 0,
    grades: [0, 0, 0, 0, 0, 0],
    startedAt: Date.now(),
  }));
  const [canUndo, setCanUndo] = useState(false);
  const shownAt = useRef(0); // set when each card is shown (the effect below runs on mount too)
  const headingRef = useRef<HTMLHeadingElement>(null);

  const load = useCallback(async () => {
    try {
      const q = await loadQueue();
      setCards(q.cards);
      setCounts(q.counts);
    } catch (err) {
      setError((err as Error).message);
      setCards([]);
    }
  }, []);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- loading the queue from the API after mount is what this effect is for.
    void load();
  }, [load]);

  const card = cards?.[0] ?? null;
  // A new card (or a new version of it) starts unanswered: reset during render, not in an effect.
  const cardKey = card ? `${card.question.id}:${card.state.version}` : "";
  const [shownKey, setShownKey] = useState(cardKey);
  if (shownKey !== cardKey) {
    setShownKey(cardKey);
    setAnswer(undefined);
    setChecked(null);
  }
  useEffect(() => {
    shownAt.current = Date.now();
    headingRef.current?.focus();
  }, [card?.question.id, card?.state.version]);

  async function reveal() {
    if (!card || checked || busy) return;
    setBusy(true);
    setError(null);
    try {
      const body =
        card.question.type === "flashcard" || answer === undefined
          ? { questionId: card.question.id }
          : { questionId: card.question.id, answer };
      setChecked(await api(checkAnswerEp, { body, retries: RETRIES }));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function grade(g: number) {
    if (!card || !checked || busy) return;
    if (g > maxGradeFor(checked.result.correct)) {
      setNotice("Your answer was wrong, so choose 0, 1 or 2.");
      return;
    }
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const res = await api(recordReviewEp, {
        body: {
          clientRequestId: crypto.randomUUID(),
          questionId: card.question.id,
          grade: g,
          expectedVersion: card.state.version,
          answer: card.question.type === "flashcard" || answer === undefined ? undefined : answer,
          // eslint-disable-next-line react-hooks/purity -- this runs in the grade handler (a click or key), not during render.
          durationMs: Date.now() - shownAt.current,
        },
        retries: RETRIES,
      });
      setStats((s) => ({
        ...s,
        reviewed: s.reviewed + 1,
        answered: s.answered + (checked.result.correct === null ? 0 : 1),
        correct: s.correct + (checked.result.correct ? 1 : 0),
        grades: s.grades.map((n, i) => (i === g ? n + 1 : n)),
      }));
      setCanUndo(true);
      advance({ ...card, kind: g < 4 ? "drill" : card.kind, state: res.state }, g < 4);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409 && hasState(err.details)) {
        setNotice("This card was graded in another tab or device, so it was skipped here.");
        advance(card, false);
      } else setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  function advance(done: QueueCard, again: boolean) {
    setCards((cs) => {
      const rest = (cs ?? []).slice(1);
      if (again) rest.splice(Math.min(AGAIN_GAP, rest.length), 0, done);
      if (rest.length === 0) void load();
      return rest;
    });
  }

  async function undo() {
    if (!canUndo || busy) return;
    setBusy(true);
    setError(null);
    try {
      const res = await api(undoReviewEp, { retries: RETRIES });
      setCanUndo(false);
      setNotice("Last grade undone.");
      setStats((s) => ({ ...s, reviewed: Math.max(0, s.reviewed - 1) }));
      const q = await loadQueue();
      // The undone card goes first again, with its restored state.
      const undoneCard = q.cards.find((c) => c.question.id === res.undone.questionId);
      setCounts(q.counts);
      setCards(undoneCard ? [undoneCard, ...q.cards.filter((c) => c !== undoneCard)] : q.cards);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  useStudyKeys({ reveal: checked ? undefined : reveal, grade: checked ? grade : undefined, undo });

  if (cards === null) return <p aria-live="polite">Loading today&apos;s cards…</p>;
  const left = cards.length;
  const total = Math.max(1, stats.reviewed + left);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <div className="flex justify-between text-sm text-slate-700 dark:text-slate-300">
          <span>
            {stats.reviewed} done this session · {left} left
          </span>
          <span>{counts ? `${counts.due} due · ${counts.new} new at session start` : null}</span>
        </div>
        <div
          role="progressbar"
          aria-label="Session progress"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={stats.reviewed}
          className="h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
        >
          <div className="h-full bg-brand-600 transition-all" style={{ width: `${(100 * stats.reviewed) / total}%` }} />
        </div>
      </div>
      {error && <Alert>{error}</Alert>}
      {notice && <Alert kind="info">{notice}</Alert>}
      {!card ? (
        <SessionSummary stats={stats} canUndo={canUndo} onUndo={undo} />
      ) : (
        <article
          aria-labelledby="card-heading"
          className="flex flex-col gap-4 rounded-lg border border-slate-200 p-4 sm:p-6 dark:border-slate-800"
        >
          <div className="flex items-center justify-between gap-2 text-xs text-slate-600 dark:text-slate-400">
            <span>{card.question.deckTitle}</span>
            <span className="rounded-full bg-slate-100 px-2 py-0.5 font-medium dark:bg-slate-800">
              {card.kind === "new" ? "New" : card.kind === "drill" ? "Again" : "Review"}
            </span>
          </div>
          <h2 id="card-heading" ref={headingRef} tabIndex={-1} className="sr-only">
            Card: {card.question.type}
          </h2>
          <QuestionPrompt question={card.question} />
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void reveal();
            }}
            className="flex flex-col gap-4"
          >
            <AnswerInput
              key={`${card.question.id}-${card.state.version}`}
              question={card.question}
              value={answer}
              onChange={setAnswer}
              disabled={!!checked}
            />
            {!checked && (
              <div className="flex flex-wrap items-center gap-3">
                <Button type="submit" disabled={busy}>
                  {card.question.type === "flashcard"
                    ? "Reveal answer"
                    : answer === undefined
                      ? "Show answer"
                      : "Check answer"}
                </Button>
                <span className="text-xs text-slate-600 dark:text-slate-400">Space or Enter</span>
              </div>
            )}
          </form>
          {checked && (
            <>
              <AnswerReview
                question={card.question}
                answer={answer}
                solution={checked.solution}
                result={checked.result}
                explanation={checked.explanation}
              />
              <GradeButtons onGrade={grade} maxGrade={maxGradeFor(checked.result.correct)} disabled={busy} />
            </>
          )}
          <div className="flex justify-end">
            <button
              type="button"
              onClick={undo}
              disabled={!canUndo || busy}
              className="text-sm underline disabled:no-underline disabled:opacity-50"
            >
              Undo last grade (U)
            </button>
          </div>
        </article>
      )}
    </div>
  );
}
