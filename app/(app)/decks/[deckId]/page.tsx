import type { Metadata } from "next";
import { EnrollButton } from "@/components/decks/enroll-button";
import { QuestionPreview } from "@/components/decks/question-preview";
import { pageParams } from "@/lib/page-input";
import { requirePageUser } from "@/lib/auth/page-guards";
import { getPublishedDeck } from "@/lib/decks/browse";
import { sectionTitle } from "@/lib/decks/sections";
import { orPageError } from "@/lib/page-errors";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { MarkdownHtmlProvider } from "@/components/questions/markdown";
import { ServerMarkdown } from "@/components/questions/server-markdown";
import { questionMarkdown } from "@/lib/markdown/collect";
import { markdownHtml } from "@/lib/markdown/render";

export const metadata: Metadata = { title: "Deck" };

export default async function DeckPage({ params }: { params: Promise<{ deckId: string }> }) {
  const { deckId } = await pageParams(params);
  const user = await requirePageUser(`/decks/${deckId}`);
  const deck = await orPageError(getPublishedDeck(user.id, deckId));
  const sections = [...new Set(deck.questions.map((q) => q.section).filter((s): s is string => !!s))].sort();
  return (
    <div className="flex flex-col gap-6">
      <Breadcrumbs trail={[{ href: "/decks", label: "Decks" }]} current={deck.title} />
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{deck.title}</h1>
        <ServerMarkdown className="text-slate-700 dark:text-slate-300">{deck.description}</ServerMarkdown>
        <p className="text-sm">
          {deck.questions.length} questions · version {deck.version}
        </p>
        <EnrollButton deckId={deck.id} deckTitle={deck.title} enrolled={deck.enrolled} />
      </div>
      {/* The previews' prompts and options; a check's reply brings the HTML of its review. */}
      <MarkdownHtmlProvider html={markdownHtml(deck.questions.flatMap(questionMarkdown))}>
        {sections.map((section) => (
          <section key={section} aria-labelledby={`s-${section}`} className="flex flex-col gap-3">
            <h2 id={`s-${section}`} className="text-lg font-semibold">
              § {section} {sectionTitle(section)}
            </h2>
            <ol className="flex flex-col gap-3">
              {deck.questions
                .filter((q) => q.section === section)
                .map((q) => (
                  <li key={q.id}>
                    <QuestionPreview question={q} number={deck.questions.indexOf(q) + 1} />
                  </li>
                ))}
            </ol>
          </section>
        ))}
      </MarkdownHtmlProvider>
    </div>
  );
}
