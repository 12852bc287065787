import type { Metadata } from "next";
import Link from "next/link";
import { ApkgImport } from "@/components/anki/apkg-import";
import { DeckActions } from "@/components/authoring/deck-actions";
import { NewDeckForm } from "@/components/authoring/deck-forms";
import { StatusBadge } from "@/components/authoring/status-badge";
import { Section } from "@/components/ui/section";
import { requirePageRole } from "@/lib/auth/page-guards";
import { hasRole } from "@/lib/auth/roles";
import { listMyDecks } from "@/lib/authoring/decks";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Author" };

export default async function AuthorPage() {
  const user = await requirePageRole("INSTRUCTOR", "/author");
  const decks = await listMyDecks(user);
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-2xl font-bold">{hasRole(user, "ADMIN") ? "All decks" : "My decks"}</h1>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Drafts are yours alone; publishing shows a deck to learners and bumps its version.
        </p>
        <p className="mt-2 text-sm">
          <Link href="/author/quizzes" className="underline">
            Quizzes on your decks
          </Link>{" "}
          — add quizzes and see every learner&apos;s attempts.
        </p>
      </div>
      {decks.length === 0 ? (
        <EmptyState>You have no decks yet: create your first one with the “New deck” form below.</EmptyState>
      ) : (
        <ul className="flex flex-col gap-3">
          {decks.map((d) => (
            <li key={d.id} className="flex flex-col gap-2 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
              <div className="flex flex-wrap items-center gap-2">
                <h2 className="text-lg font-semibold">
                  <Link href={`/author/decks/${d.id}`} className="hover:underline">
                    {d.title}
                  </Link>
                </h2>
                <StatusBadge status={d.status} archived={d.archived} />
                <span className="text-sm text-slate-700 dark:text-slate-300">
                  version {d.version} · {d.questionCount} question{d.questionCount === 1 ? "" : "s"}
                  {d.archivedQuestionCount ? ` (+${d.archivedQuestionCount} archived)` : ""}
                  {d.chapter ? ` · chapter ${d.chapter}` : ""}
                  {hasRole(user, "ADMIN") && d.owner.id !== user.id ? ` · owner ${d.owner.email}` : ""}
                </span>
              </div>
              <DeckActions
                deck={{ id: d.id, title: d.title, status: d.status, archived: d.archived, version: d.version }}
              />
            </li>
          ))}
        </ul>
      )}
      <Section id="new-deck-heading" title="New deck" className="flex max-w-xl flex-col gap-3">
        <NewDeckForm />
      </Section>
      <Section id="anki-import-heading" title="Import from Anki" className="flex max-w-xl flex-col gap-3">
        <ApkgImport target="deck" />
      </Section>
    </div>
  );
}
