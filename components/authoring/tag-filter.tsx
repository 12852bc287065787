import Link from "next/link";
import { plainText } from "@/lib/markdown/plain-text";
import type { AuthorQuestionDto } from "@/lib/authoring/schemas";
import { QUESTION_TYPE_LABELS } from "@/lib/questions/question-types";

const pill = "rounded-full border px-3 py-1 text-sm";
const on = "border-brand-600 bg-brand-50 font-semibold dark:bg-slate-800";
const off = "border-slate-300 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800";

/** Links that filter the deck's question list by tag (plain links: the keyboard and the back button just work). */
export function TagFilter({
  deckId,
  tags,
  current,
}: {
  deckId: string;
  tags: { tag: string; count: number }[];
  current: string | null;
}) {
  if (!tags.length) return null;
  return (
    <nav aria-label="Filter questions by tag" className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-slate-700 dark:text-slate-300">Tags:</span>
      <Link
        href={`/author/decks/${deckId}`}
        aria-current={current === null ? "page" : undefined}
        className={`${pill} ${current === null ? on : off}`}
      >
        All
      </Link>
      {tags.map((t) => (
        <Link
          key={t.tag}
          href={`/author/decks/${deckId}?tag=${encodeURIComponent(t.tag)}`}
          aria-current={current === t.tag ? "page" : undefined}
          className={`${pill} ${current === t.tag ? on : off}`}
        >
          {t.tag} <span className="text-slate-600 dark:text-slate-400">({t.count})</span>
        </Link>
      ))}
    </nav>
  );
}

/** A question's tags and quiz-only mark, as the editor lists show them. */
export function QuestionBankMarks({ q }: { q: Pick<AuthorQuestionDto, "tags" | "quizOnly"> }) {
  if (!q.tags.length && !q.quizOnly) return null;
  return (
    <>
      {q.quizOnly && (
        <span className="ml-1 rounded bg-amber-100 px-1 text-amber-900 dark:bg-amber-900 dark:text-amber-100">
          quiz only
        </span>
      )}
      {q.tags.map((t) => (
        <span key={t} className="ml-1 rounded bg-slate-100 px-1 dark:bg-slate-800">
          #{t}
        </span>
      ))}
    </>
  );
}

/** The questions carrying one tag; reordering stays on the unfiltered list, where positions mean something. */
export function TaggedQuestions({
  tag,
  questions,
  limit,
}: {
  tag: string;
  questions: AuthorQuestionDto[];
  limit: number;
}) {
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {questions.length === 0
          ? `No question carries the tag “${tag}”.`
          : `${questions.length}${questions.length >= limit ? "+" : ""} question${questions.length === 1 ? "" : "s"} tagged “${tag}”. Reorder on the full list.`}
      </p>
      <ul aria-label={`Questions tagged ${tag}`} className="flex flex-col gap-2">
        {questions.map((q) => (
          <li
            key={q.id}
            className="flex flex-wrap items-center gap-3 rounded-md border border-slate-300 px-3 py-2 dark:border-slate-700"
          >
            <div className="min-w-0 flex-1">
              <p className="truncate">{plainText(q.prompt)}</p>
              <p className="text-xs text-slate-600 dark:text-slate-400">
                {QUESTION_TYPE_LABELS[q.type]}
                {q.section ? ` · § ${q.section}` : ""}
                {q.archived ? " · archived" : ""}
                <QuestionBankMarks q={q} />
              </p>
            </div>
            <Link href={`/author/questions/${q.id}/edit`} className="underline">
              Edit<span className="sr-only">: {plainText(q.prompt).slice(0, 60)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
