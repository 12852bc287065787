import type { Metadata } from "next";
import { StatsTable } from "@/components/authoring/stats-table";
import { pageParams } from "@/lib/page-input";
import { requirePageRole } from "@/lib/auth/page-guards";
import { getAuthorDeck } from "@/lib/authoring/decks";
import { orPageError } from "@/lib/page-errors";
import { getDeckStats } from "@/lib/authoring/stats";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "Question statistics" };

export default async function DeckStatsPage({ params }: { params: Promise<{ deckId: string }> }) {
  const { deckId } = await pageParams(params);
  const user = await requirePageRole("INSTRUCTOR", `/author/decks/${deckId}/stats`);
  const [deck, stats] = await Promise.all([
    orPageError(getAuthorDeck(user, deckId)),
    orPageError(getDeckStats(user, deckId)),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <Breadcrumbs
        trail={[
          { href: "/author", label: "Author" },
          { href: `/author/decks/${deck.id}`, label: deck.title },
        ]}
        current="Statistics"
      />
      <h1 className="text-2xl font-bold">Question statistics: {deck.title}</h1>
      <div className="flex flex-col gap-1 text-sm text-slate-700 dark:text-slate-300">
        <p>
          From <strong>{stats.attempts}</strong> submitted or expired quiz attempt{stats.attempts === 1 ? "" : "s"} and
          from learners&apos; scheduled reviews.
        </p>
        <p>
          <strong>Facility</strong>: the mean score on the question (100% = everyone right).{" "}
          <strong>Discrimination</strong>: how well the question separates strong from weak attempts (correlation with
          the rest of the attempt, ×100; below 20 is weak, negative means strong learners get it wrong more often).{" "}
          <strong>Lapse rate</strong>: of reviews of cards a learner had already recalled, the share forgotten (graded
          below 3).
        </p>
      </div>
      {stats.items.length === 0 ? <p>This deck has no questions yet.</p> : <StatsTable items={stats.items} />}
    </div>
  );
}
