"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { plainText } from "@/lib/markdown/plain-text";
import { MoveButtons } from "@/components/questions/move-buttons";
import { buttonClass } from "@/components/ui/button";
import type { AuthorQuestionDto } from "@/lib/authoring/schemas";
import { QUESTION_TYPE_LABELS } from "@/lib/questions/question-types";
import { QuestionBankMarks } from "./tag-filter";
import { api } from "@/lib/api/client";
import { archiveQuestionEp, duplicateQuestionEp, reorderQuestionsEp, unarchiveQuestionEp } from "@/lib/api/routes";

const QUESTION_ACTIONS = { duplicate: duplicateQuestionEp, archive: archiveQuestionEp, unarchive: unarchiveQuestionEp };

const short = (md: string, n = 90) => {
  const t = plainText(md);
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

/**
 * The deck's questions: reorder by dragging (native HTML5 drag and drop) or with the Move up /
 * Move down buttons (keyboard and screen readers; each move is announced); per question Edit,
 * Duplicate and Archive. Every move is saved at once (PUT …/order) and undone if refused.
 */
export function QuestionList({
  deckId,
  questions,
  liveOffset = 0,
  liveTotal,
}: {
  deckId: string;
  /** The questions shown (one page of a big deck): live ones in order, then archived ones. */
  questions: AuthorQuestionDto[];
  /** Index among the deck's live questions of the first one shown; moves stay within the page. */
  liveOffset?: number;
  /** The deck's live questions in all, for numbering and announcements. */
  liveTotal?: number;
}) {
  const router = useRouter();
  const live = questions.filter((q) => !q.archived);
  const archived = questions.filter((q) => q.archived);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const liveKey = live.map((q) => q.id).join(",");
  const [order, setOrder] = useState<string[]>(() => live.map((q) => q.id));
  const [announcement, setAnnouncement] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  // A refresh after add/duplicate/archive brings a new list: start from it (adjusted during render, not in an effect).
  const [orderKey, setOrderKey] = useState(liveKey);
  if (orderKey !== liveKey) {
    setOrderKey(liveKey);
    setOrder(liveKey ? liveKey.split(",") : []);
  }

  async function save(next: string[], moved: string) {
    const previous = order;
    setOrder(next);
    setError(null);
    const label = short(byId.get(moved)?.prompt ?? "", 60);
    setAnnouncement(
      `${label} moved to position ${liveOffset + next.indexOf(moved) + 1} of ${liveTotal ?? next.length}.`,
    );
    try {
      // The page's own window of the order: questions on other pages keep their places.
      await api(reorderQuestionsEp, { params: { deckId }, body: { order: next, offset: liveOffset } });
    } catch (err) {
      setOrder(previous);
      setError(`The new order was not saved: ${(err as Error).message}`);
      setAnnouncement("The move was undone.");
    }
  }

  function move(index: number, delta: -1 | 1) {
    const to = index + delta;
    const id = order[index];
    if (to < 0 || to >= order.length) {
      setAnnouncement(
        `${short(byId.get(id)?.prompt ?? "", 60)} is already ${delta < 0 ? "first" : "last"}${(liveTotal ?? order.length) > order.length ? " on this page" : ""}.`,
      );
      return;
    }
    const next = [...order];
    [next[index], next[to]] = [next[to], next[index]];
    void save(next, id);
  }

  function drop(targetId: string) {
    if (!dragging || dragging === targetId) return;
    const next = order.filter((id) => id !== dragging);
    next.splice(order.indexOf(targetId), 0, dragging);
    void save(next, dragging);
    setDragging(null);
  }

  async function act(q: AuthorQuestionDto, action: "duplicate" | "archive" | "unarchive") {
    setBusy(q.id);
    setError(null);
    try {
      await api(QUESTION_ACTIONS[action], { params: { questionId: q.id } });
      const done = { duplicate: "Duplicated", archive: "Archived", unarchive: "Unarchived" }[action];
      setAnnouncement(`${done}: ${short(q.prompt, 60)}`);
      router.refresh();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <p id="reorder-help" className="text-sm text-slate-700 dark:text-slate-300">
        Drag a question by its handle, or use Move up and Move down. The order is saved at once.
      </p>
      <p role="alert" className="text-sm text-red-700 empty:hidden dark:text-red-400">
        {error ?? ""}
      </p>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {order.length === 0 && <p className="text-sm">No questions yet: add one or import a file.</p>}
      <ol aria-label="Questions" aria-describedby="reorder-help" className="flex flex-col gap-2">
        {order.map((id, index) => {
          const q = byId.get(id);
          if (!q) return null;
          const label = short(q.prompt, 60);
          return (
            <li
              key={id}
              onDragOver={(e) => {
                if (dragging) e.preventDefault();
              }}
              onDrop={(e) => {
                e.preventDefault();
                drop(id);
              }}
              className={`flex flex-wrap items-center gap-3 rounded-md border bg-white px-3 py-2 dark:bg-slate-900 ${
                dragging === id ? "border-brand-500 opacity-60" : "border-slate-300 dark:border-slate-700"
              }`}
            >
              <span
                draggable
                onDragStart={(e) => {
                  setDragging(id);
                  e.dataTransfer.effectAllowed = "move";
                  e.dataTransfer.setData("text/plain", id);
                }}
                onDragEnd={() => setDragging(null)}
                title="Drag to reorder"
                aria-hidden="true"
                className="cursor-grab select-none text-lg text-slate-500 dark:text-slate-400"
              >
                ⠿
              </span>
              <span className="w-6 text-right font-mono text-sm text-slate-600 dark:text-slate-400">
                {liveOffset + index + 1}.
              </span>
              <div className="min-w-0 flex-1">
                <p className="truncate">{short(q.prompt)}</p>
                <p className="text-xs text-slate-600 dark:text-slate-400">
                  {QUESTION_TYPE_LABELS[q.type]}
                  {q.section ? ` · § ${q.section}` : ""}
                  {q.unpublished ? " · unpublished (learners see it after you publish)" : ""}
                  <QuestionBankMarks q={q} />
                </p>
              </div>
              <span className="flex flex-wrap items-center gap-1">
                <MoveButtons
                  label={label}
                  first={index === 0}
                  last={index === order.length - 1}
                  onMove={(by) => move(index, by)}
                />
                <Link
                  href={`/author/questions/${q.id}/edit`}
                  aria-label={`Edit: ${label}`}
                  className={buttonClass("secondary", "px-3 py-1")}
                >
                  Edit
                </Link>
                <button
                  type="button"
                  onClick={() => act(q, "duplicate")}
                  disabled={busy === q.id}
                  aria-label={`Duplicate: ${label}`}
                  className={buttonClass("ghost", "px-3 py-1")}
                >
                  Duplicate
                </button>
                <button
                  type="button"
                  onClick={() => act(q, "archive")}
                  disabled={busy === q.id}
                  aria-label={`Archive: ${label}`}
                  className={buttonClass("ghost", "px-3 py-1")}
                >
                  Archive
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {archived.length > 0 && (
        <details className="rounded-md border border-slate-200 p-3 dark:border-slate-800">
          <summary className="cursor-pointer text-sm font-medium">Archived questions ({archived.length})</summary>
          <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
            Not in study queues or new quizzes; learners&apos; history is kept.
          </p>
          <ul className="mt-2 flex flex-col gap-2">
            {archived.map((q) => (
              <li key={q.id} className="flex flex-wrap items-center gap-3 text-sm">
                <span className="min-w-0 flex-1 truncate">{short(q.prompt)}</span>
                <Link
                  href={`/author/questions/${q.id}/edit`}
                  aria-label={`Edit: ${short(q.prompt, 60)}`}
                  className="underline"
                >
                  Edit
                </Link>
                <button
                  type="button"
                  onClick={() => act(q, "unarchive")}
                  disabled={busy === q.id}
                  aria-label={`Unarchive: ${short(q.prompt, 60)}`}
                  className={buttonClass("secondary", "px-3 py-1")}
                >
                  Unarchive
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
