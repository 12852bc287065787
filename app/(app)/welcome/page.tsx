import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { WelcomeForm } from "@/components/onboarding/welcome-form";
import { requirePageUser } from "@/lib/auth/page-guards";
import { listPublishedDecks } from "@/lib/decks/browse";
import { isPreselectedDeck } from "@/lib/onboarding/schemas";
import { timeZoneOptions } from "@/lib/time-zones";

export const metadata: Metadata = { title: "Welcome" };

export default async function WelcomePage() {
  const user = await requirePageUser("/welcome");
  if (user.onboardedAt) redirect("/");
  const decks = await listPublishedDecks(user.id);
  return (
    <div className="mx-auto flex max-w-lg flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">Welcome, {user.name ?? user.email}</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Three choices and you are ready: the decks you study, how many new cards a day, and your time zone (your study
          day starts at 04:00 there). You can change all of them later in Decks and Settings.
        </p>
      </div>
      <WelcomeForm
        decks={decks.map((d) => ({
          id: d.id,
          title: d.title,
          questionCount: d.questionCount,
          checked: d.enrolled || isPreselectedDeck(d),
        }))}
        zones={timeZoneOptions(user.timeZone)}
        initial={{ timeZone: user.timeZone, newCardsPerDay: user.newCardsPerDay }}
      />
    </div>
  );
}
