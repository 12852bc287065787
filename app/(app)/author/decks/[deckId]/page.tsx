import type { Metadata } from "next";
import Link from "next/link";
import { AddQuestion } from "@/components/authoring/add-question";
import { DeckActions } from "@/components/authoring/deck-actions";
import { DeckSettingsForm } from "@/components/authoring/deck-forms";
import { StatusBadge } from "@/components/authoring/status-badge";
import { ImportPanel } from "@/components/authoring/import-panel";
import { QuestionList } from "@/components/authoring/question-list";
import { buttonClass } from "@/components/ui/button";
import { pageParams, searchText } from "@/lib/page-input";
import { requirePageRole } from "@/lib/auth/page-guards";
import { getAuthorDeckPage } from "@/lib/authoring/deck-page";
import { Pager } from "@/components/authoring/pager";
import { orPageError } from "@/lib/page-errors";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Section } from "@/components/ui/section";
import { apiUrl } from "@/lib/api/client";
import { exportDeckApkgEp, exportDeckEp } from "@/lib/api/routes";
import { TagFilter, TaggedQuestions } from "@/components/authoring/tag-filter";
import { getDeckTags, listTaggedQuestions, TAG_FILTER_LIMIT } from "@/lib/authoring/tags";

export const metadata: Metadata = { title: "Edit deck" };

export default async function DeckEditorPage({
  params,
  searchParams,
}: {
  params: Promise<{ deckId: string }>;
  searchParams: Promise<{ page?: string | string[]; tag?: string | string[] }>;
}) {
  const { deckId } = await pageParams(params);
  const query = await searchParams;
  const page = Number.parseInt(searchText(query.page), 10) || 1;
  const tag = searchText(query.tag) || null;
  const user = await requirePageRole("INSTRUCTOR", `/author/decks/${deckId}`);
  const deck = await orPageError(getAuthorDeckPage(user, deckId, page));
  const [tags, tagged] = await Promise.all([
    getDeckTags(user, deckId),
    tag ? listTaggedQuestions(user, deckId, tag) : null,
  ]);
  const first = (deck.page - 1) * deck.pageSize + 1;
  const pager = (where: string) => (
    <Pager
      page={deck.page}
      pageCount={deck.pageCount}
      href={(p) => `/author/decks/${deck.id}?page=${p}`}
      label={`Question pages (${where})`}
    />
  );
  return (
    <div className="flex flex-col gap-8">
      <Breadcrumbs trail={[{ href: "/author", label: "Author" }]} current={deck.title} />
      <div className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold">{deck.title}</h1>
          <StatusBadge status={deck.status} archived={deck.archived} />
          <span className="text-sm text-slate-700 dark:text-slate-300">version {deck.version}</span>
        </div>
        <DeckActions
          deck={{ id: deck.id, title: deck.title, status: deck.status, archived: deck.archived, version: deck.version }}
        />
        {deck.pendingDrafts > 0 && (
          <p className="text-sm text-amber-800 dark:text-amber-300">
            {deck.pendingDrafts} question{deck.pendingDrafts === 1 ? " has" : "s have"} unpublished changes (edits or
            new questions). Learners keep seeing version {deck.version} until you publish a new version, which publishes
            them all together.
          </p>
        )}
        <nav aria-label="Deck pages" className="flex flex-wrap gap-2 text-sm">
          <Link href={`/author/decks/${deck.id}/stats`} className={buttonClass("secondary", "px-3 py-1.5")}>
            Statistics
          </Link>
          {deck.status === "PUBLISHED" && !deck.archived && (
            <Link href={`/decks/${deck.slug}`} className={buttonClass("ghost", "px-3 py-1.5")}>
              View as learner
            </Link>
          )}
        </nav>
      </div>

      <section aria-labelledby="questions-heading" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="questions-heading" className="text-xl font-semibold">
            Questions ({deck.questionCount})
          </h2>
          <AddQuestion deckId={deck.id} />
        </div>
        <TagFilter deckId={deck.id} tags={tags} current={tag} />
        {tag && tagged ? (
          <TaggedQuestions tag={tag} questions={tagged} limit={TAG_FILTER_LIMIT} />
        ) : (
          <>
            {deck.pageCount > 1 && (
              <p className="text-sm text-slate-700 dark:text-slate-300">
                Questions {first}–{first + deck.questions.length - 1} of {deck.total} (page {deck.page} of{" "}
                {deck.pageCount}); reordering moves questions within this page.
              </p>
            )}
            {pager("top")}
            <QuestionList
              key={deck.page}
              deckId={deck.id}
              questions={deck.questions}
              liveOffset={deck.liveOffset}
              liveTotal={deck.questionCount}
            />
            {pager("bottom")}
          </>
        )}
      </section>

      <Section id="import-heading" title="Import">
        <ImportPanel deckId={deck.id} />
      </Section>

      <Section id="export-heading" title="Export" className="flex flex-col gap-2">
        <p className="text-sm text-slate-700 dark:text-slate-300">
          The live questions, in order. GIFT opens in Moodle; JSON keeps everything exactly; the Anki package opens in
          Anki (types Anki lacks become front/back cards with the answer on the back).
        </p>
        <div className="flex flex-wrap gap-2">
          <a
            href={apiUrl(exportDeckEp, { params: { deckId: deck.id }, query: { format: "gift" } })}
            download
            className={buttonClass("secondary")}
          >
            Export as Moodle GIFT
          </a>
          <a
            href={apiUrl(exportDeckEp, { params: { deckId: deck.id }, query: { format: "json" } })}
            download
            className={buttonClass("secondary")}
          >
            Export as JSON
          </a>
          <a
            href={apiUrl(exportDeckApkgEp, { params: { deckId: deck.id } })}
            download
            className={buttonClass("secondary")}
          >
            Export for Anki (.apkg)
          </a>
        </div>
      </Section>

      <Section id="settings-heading" title="Deck settings" className="flex max-w-xl flex-col gap-3">
        <DeckSettingsForm
          deck={{
            id: deck.id,
            title: deck.title,
            description: deck.description,
            chapter: deck.chapter,
            slug: deck.slug,
          }}
        />
      </Section>
    </div>
  );
}
