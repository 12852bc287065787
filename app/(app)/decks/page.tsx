import type { Metadata } from "next";
import Link from "next/link";
import { EnrollButton } from "@/components/decks/enroll-button";
import { requirePageUser } from "@/lib/auth/page-guards";
import { listPublishedDecks } from "@/lib/decks/browse";
import { QUESTION_TYPE_LABELS, QUESTION_TYPES } from "@/lib/questions/schemas";
import { ServerMarkdown } from "@/components/questions/server-markdown";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Decks" };

export default async function DecksPage() {
  const user = await requirePageUser("/decks");
  const decks = await listPublishedDecks(user.id);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Decks</h1>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Choose the decks you study; their new cards join your daily queue.
        </p>
      </div>
      {decks.length === 0 && <EmptyState>No published decks yet: an instructor has to publish one first.</EmptyState>}
      {decks.length > 0 && !decks.some((d) => d.enrolled) && (
        <EmptyState>You are not studying any deck yet: press “Study this deck” on the ones you want below.</EmptyState>
      )}
      <ul className="grid gap-4 sm:grid-cols-2">
        {decks.map((d) => (
          <li key={d.id} className="flex flex-col gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <div>
              <h2 className="text-lg font-semibold">
                <Link href={`/decks/${d.slug}`} className="hover:underline">
                  {d.title}
                </Link>
              </h2>
              <ServerMarkdown className="text-sm text-slate-700 dark:text-slate-300">{d.description}</ServerMarkdown>
            </div>
            <p className="text-sm">
              <strong>{d.questionCount}</strong> questions
            </p>
            <ul aria-label={`Question types in ${d.title}`} className="flex flex-wrap gap-1 text-xs">
              {QUESTION_TYPES.filter((t) => d.countsByType[t]).map((t) => (
                <li key={t} className="rounded-full bg-slate-100 px-2 py-0.5 dark:bg-slate-800">
                  {QUESTION_TYPE_LABELS[t]}: {d.countsByType[t]}
                </li>
              ))}
            </ul>
            <EnrollButton deckId={d.id} deckTitle={d.title} enrolled={d.enrolled} />
          </li>
        ))}
      </ul>
    </div>
  );
}
