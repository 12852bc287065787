"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { MarkdownHtmlProvider } from "@/components/questions/markdown";
import { Alert } from "@/components/ui/alert";
import { maxGradeFor } from "@/lib/srs/grade-cap";
import { ApiError, api, apiUrl } from "@/lib/api/client";
import { checkAnswerEp, getQueueEp, recordReviewEp, undoReviewEp } from "@/lib/api/routes";
import type { CheckResult } from "@/lib/questions/types";
import type { QueueCard, StudyQueue, TodaySummary } from "@/lib/srs/schemas";
import { SessionSummary } from "./session-summary";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { StudyCard, VERDICT_ID } from "./study-card";
import { countGrade } from "./today";
import { useStudyKeys } from "./use-study-keys";

/** A card that comes back today is shown again this many cards later in the same session. */
const AGAIN_GAP = 3;
// One network retry, as the study client always had: a review is idempotent (client request id) and a check
// writes nothing. An undo is not idempotent: a retry after a lost response would undo one more review.
const RETRIES = 1;
// The URL names the learner, so the service worker's offline copy of it is never another account's.
const queueQuery = (learner: string) => ({ limit: 50, learner });
const loadQueue = (learner: string) => api(getQueueEp, { query: queueQuery(learner), retries: RETRIES });
/** The offline side (IndexedDB, sync), loaded only when first needed: /study's first load stays small. */
const offline = () => import("@/lib/offline/client");
const isNetwork = (err: unknown) => err instanceof ApiError && err.code === "NETWORK";
const isOffline = () => typeof navigator !== "undefined" && !navigator.onLine;

/** A request the network never carried: null (handled as offline); anything else is rethrown. */
function orOffline(err: unknown): null {
  if (isNetwork(err)) return null;
  throw err;
}

const syncedMessage = (saved: number, rejected: number) =>
  `Synced: ${saved} review${saved === 1 ? "" : "s"} saved${rejected ? `, ${rejected} could not be applied` : ""}.`;

/** A stale grade's 409 carries the card's fresh state. */
const hasState = (details: unknown) =>
  typeof details === "object" && details !== null && "state" in details && !!details.state;

export function StudySession({ userId }: { userId: string }) {
  const [cards, setCards] = useState<QueueCard[] | null>(null);
  // Taken from the first load of this page and never replaced, so "at session start" stays true.
  const [start, setStart] = useState<{ counts: StudyQueue["counts"]; reviewed: number } | null>(null);
  const [today, setToday] = useState<TodaySummary | null>(null);
  const [markdown, setMarkdown] = useState<StudyQueue["markdown"]>(undefined);
  const [answer, setAnswer] = useState<unknown>(undefined);
  const [checked, setChecked] = useState<CheckResult | null>(null);
  const [revealedAt, setRevealedAt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [canUndo, setCanUndo] = useState(false);
  const [help, setHelp] = useState(false);
  const [online, setOnline] = useState(true);
  // Grades kept on this device until the server has them; the last one can be undone before it leaves.
  const [pending, setPending] = useState(0);
  const [lastQueued, setLastQueued] = useState<{ clientRequestId: string; card: QueueCard } | null>(null);
  const [synced, setSynced] = useState<string | null>(null);
  const queue = useRef<StudyQueue | null>(null); // the last queue loaded, for the offline copy
  const shownAt = useRef(0); // set when each card is shown (the effect below runs on mount too)
  const promptRef = useRef<HTMLDivElement>(null);

  const apply = useCallback((q: StudyQueue, first?: QueueCard[]) => {
    queue.current = q;
    setToday(q.today);
    setStart((s) => s ?? { counts: q.counts, reviewed: q.today.reviewed });
    setCards(first ?? q.cards);
    // Kept from earlier loads too: a card from the last queue may still be on screen.
    setMarkdown((m) =>
      q.markdown ? { block: { ...m?.block, ...q.markdown.block }, inline: { ...m?.inline, ...q.markdown.inline } } : m,
    );
  }, []);
  const load = useCallback(async () => {
    try {
      const q = await loadQueue(userId);
      const off = await offline();
      // Offline the queue is the copy kept on-line: cards graded since then wait on this device, so they are done here.
      const waiting = new Set((await off.waiting(userId)).map((r) => r.questionId));
      setPending(waiting.size ? (await off.waiting(userId)).length : 0);
      apply(isOffline() ? { ...q, cards: q.cards.filter((c) => !waiting.has(c.question.id)) } : q);
      if (!isOffline())
        void off
          .keepPack(
            userId,
            q.cards.map((c) => c.question.id),
          )
          .catch(() => undefined);
    } catch (err) {
      setError((err as Error).message);
      setCards([]);
    }
  }, [apply, userId]);
  const sync = useCallback(async () => {
    if (isOffline()) return;
    const off = await offline();
    const before = (await off.waiting(userId)).length;
    if (!before) return;
    try {
      const o = await off.syncNow(userId);
      // The worker's Background Sync may have sent some first (this sync waited for it): what no longer
      // waits here reached the server, whichever of the two sent it.
      const left = (await off.waiting(userId)).length;
      setLastQueued(null);
      setCanUndo(false);
      setSynced(syncedMessage(Math.max(0, before - left - o.rejected), o.rejected));
      await load();
    } catch (err) {
      if (err instanceof off.SyncBlocked) setError(err.message);
      // Otherwise the server is still out of reach: the reviews keep waiting.
    } finally {
      setPending((await off.waiting(userId)).length);
    }
  }, [load, userId]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- loading the queue from the API after mount is what this effect is for.
    setOnline(!isOffline());
    void load().then(sync);
    void offline().then((off) =>
      off.startOffline(userId, [apiUrl(getQueueEp, { query: queueQuery(userId) })]).catch(() => undefined),
    );
    const up = () => {
      setOnline(true);
      void sync();
    };
    const down = () => setOnline(false);
    window.addEventListener("online", up);
    window.addEventListener("offline", down);
    let stop = () => {};
    void offline().then((off) => {
      stop = off.onBackgroundSync((o) => {
        // A worker sync that found nothing left to send (the page sent it) says nothing.
        if (!o.applied && !o.duplicate && !o.rejected) return;
        setSynced((s) => s ?? syncedMessage(o.applied + o.duplicate, o.rejected));
        setLastQueued(null);
        setCanUndo(false);
        void off.waiting(userId).then((w) => setPending(w.length));
        void load();
      });
    });
    return () => {
      window.removeEventListener("online", up);
      window.removeEventListener("offline", down);
      stop();
    };
  }, [load, sync, userId]);

  useEffect(() => {
    // The worker's copy of the queue is from the last load: keep it to what this page holds now, so a reload
    // offline does not bring back cards graded on-line since (offline, the waiting grades filter it instead).
    if (!cards || !today || !queue.current || isOffline()) return;
    const kept = { ...queue.current, today, cards };
    void offline().then((off) => off.keepQueue(apiUrl(getQueueEp, { query: queueQuery(userId) }), kept));
  }, [cards, today, userId]);

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
    promptRef.current?.focus();
    if (cards && !cards.length) document.getElementById("summary-heading")?.focus();
  }, [card?.question.id, card?.state.version, cards]);
  useEffect(() => {
    // After a reveal the result is read first; the prompt stays in view above it.
    if (!checked) return;
    const verdict = document.getElementById(VERDICT_ID);
    verdict?.focus({ preventScroll: true });
    promptRef.current?.scrollIntoView({ block: "nearest" });
    // On a phone a long prompt pushes the verdict under the sticky grade bar: scroll just enough.
    const barTop = document.querySelector("[data-grade-bar]")?.getBoundingClientRect().top ?? window.innerHeight;
    const below = (verdict?.getBoundingClientRect().bottom ?? 0) + 8 - barTop;
    if (below > 0) window.scrollBy({ top: below });
  }, [checked]);

  async function reveal() {
    if (!card || checked || busy) return;
    setBusy(true);
    setError(null);
    try {
      const body =
        card.question.type === "flashcard" || answer === undefined
          ? { questionId: card.question.id }
          : { questionId: card.question.id, answer };
      const result = isOffline() ? null : await api(checkAnswerEp, { body, retries: RETRIES }).catch(orOffline);
      const shown = result ?? (await (await offline()).revealOffline(userId, card.question.id));
      if (!shown) throw new Error("This card's answer was not kept for offline study. Try again once you are on-line.");
      if (!result) setNotice("Offline: compare your answer with this one and grade yourself.");
      setRevealedAt(Date.now());
      setChecked(shown);
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
    setSynced(null);
    const clientRequestId = crypto.randomUUID();
    // eslint-disable-next-line react-hooks/purity -- this runs in the grade handler (a click or key), not during render.
    const durationMs = Date.now() - shownAt.current;
    const again = card.next.some((n) => n.grade === g && n.again);
    try {
      const res = isOffline()
        ? null
        : await api(recordReviewEp, {
            body: {
              clientRequestId,
              questionId: card.question.id,
              grade: g,
              expectedVersion: card.state.version,
              answer: card.question.type === "flashcard" || answer === undefined ? undefined : answer,
              durationMs,
            },
            retries: RETRIES,
          }).catch(orOffline);
      if (!res) {
        // Kept on this device and synced later; the server's replay of the card's log decides its schedule.
        const reviewedAt = new Date().toISOString();
        await (
          await offline()
        ).queueOffline({ clientRequestId, userId, questionId: card.question.id, grade: g, reviewedAt, durationMs });
        setPending((n) => n + 1);
        setToday((t) => t && countGrade(t, g, null, reviewedAt));
        setLastQueued({ clientRequestId, card });
        setCanUndo(true);
        advance({ ...card, kind: again ? "drill" : card.kind }, again);
        return;
      }
      setLastQueued(null);
      // What the log now holds; the next queue load replaces it with the server's own count.
      if (!res.replayed) setToday((t) => t && countGrade(t, g, res.review.correct, res.review.reviewedAt));
      setCanUndo(true);
      // The server's preview says whether this grade brings the card back today (SM-2: below 4; FSRS: its short-term steps).
      advance({ ...card, kind: again ? "drill" : card.kind, state: res.state, next: res.next }, again);
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
      // Offline the server cannot say what comes next: the session ends here until the grades sync.
      if (rest.length === 0 && !isOffline()) void load();
      return rest;
    });
  }

  async function undo() {
    if (!canUndo || busy) return;
    setBusy(true);
    setError(null);
    try {
      // A grade that never left this device is forgotten here; nothing reaches the server. One a sync
      // already sent (the worker may have, in the background) is undone on the server like any other.
      if (lastQueued && (await (await offline()).undoOffline(lastQueued.clientRequestId))) {
        const back = lastQueued.card;
        setLastQueued(null);
        setCanUndo(false);
        setPending((n) => Math.max(0, n - 1));
        setNotice("Last grade undone.");
        setCards((cs) => [back, ...(cs ?? []).filter((c) => c.question.id !== back.question.id)]);
        return;
      }
      setLastQueued(null);
      if (isOffline()) throw new Error("Undo of a grade the server already has needs a connection.");
      const res = await api(undoReviewEp, { retries: RETRIES });
      setCanUndo(false);
      setNotice("Last grade undone.");
      const q = await loadQueue(userId);
      // The undone card goes first again, with its restored state.
      const undoneCard = q.cards.find((c) => c.question.id === res.undone.questionId);
      apply(q, undoneCard ? [undoneCard, ...q.cards.filter((c) => c !== undoneCard)] : q.cards);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  useStudyKeys({
    reveal: checked ? undefined : reveal,
    grade: checked ? grade : undefined,
    undo,
    shortcuts: () => setHelp(true),
  });

  if (cards === null || !today) return <p aria-live="polite">Loading today&apos;s cards…</p>;
  const left = cards.length;
  const done = Math.max(0, today.reviewed - (start?.reviewed ?? 0));
  const total = Math.max(1, done + left);
  return (
    <div className="flex min-w-0 flex-col gap-4">
      <div className="flex flex-col gap-1">
        <div className="flex flex-wrap justify-between gap-x-4 text-sm text-slate-700 dark:text-slate-300">
          <span>
            {done} done this session · {left} left
          </span>
          {start && (
            <span data-testid="start-counts">
              {start.counts.due} due · {start.counts.new} new at session start
            </span>
          )}
        </div>
        <div
          role="progressbar"
          aria-label="Session progress"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
          className="h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
        >
          <div className="h-full bg-brand-600 transition-all" style={{ width: `${(100 * done) / total}%` }} />
        </div>
      </div>
      {(!online || pending > 0) && (
        <Alert kind="info">
          {online ? "On-line again — " : "Offline — "}
          {pending} review{pending === 1 ? "" : "s"} waiting to sync
        </Alert>
      )}
      {synced && pending === 0 && <Alert kind="success">{synced}</Alert>}
      {error && <Alert>{error}</Alert>}
      {notice && <Alert kind="info">{notice}</Alert>}
      {!card ? (
        <SessionSummary today={today} canUndo={canUndo} onUndo={undo} />
      ) : (
        <MarkdownHtmlProvider html={[markdown, checked?.markdown]}>
          <StudyCard
            card={card}
            answer={answer}
            onAnswer={setAnswer}
            checked={checked}
            revealedAt={revealedAt}
            busy={busy}
            onReveal={() => void reveal()}
            onGrade={(g) => void grade(g)}
            canUndo={canUndo}
            onUndo={() => void undo()}
            onShortcuts={() => setHelp(true)}
            promptRef={promptRef}
          />
        </MarkdownHtmlProvider>
      )}
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
