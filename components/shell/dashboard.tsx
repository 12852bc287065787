import Link from "next/link";
import type { SessionUser } from "@/lib/auth/session";
import type { DashboardData } from "@/lib/home/dashboard";
import { buttonClass } from "@/components/ui/button";
import { days, Stat } from "@/components/ui/stat";

/** Where instructors and admins work; learners see none of these. */
function roleLinks(role: SessionUser["role"]): { href: string; label: string }[] {
  const author = { href: "/author", label: "Author decks" };
  if (role === "ADMIN") return [author, { href: "/admin", label: "Manage users" }];
  return role === "INSTRUCTOR" ? [author] : [];
}

function formatNextDue(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, dateStyle: "medium", timeStyle: "short" }).format(at);
}

/** The one next step: study when something waits, otherwise say honestly why not. */
function NextStep({ data, timeZone }: { data: DashboardData; timeZone: string }) {
  if (!data.enrolledDecks)
    return (
      <p className="flex flex-wrap items-center gap-3">
        <span>You are not studying any deck yet.</span>
        <Link href="/decks" className={buttonClass("primary")}>
          Choose decks
        </Link>
      </p>
    );
  if (data.due + data.new + data.drill > 0)
    return (
      <p>
        <Link href="/study" className={buttonClass("primary")}>
          Start studying
        </Link>
      </p>
    );
  return (
    <p data-testid="nothing-due">
      Nothing to study right now: today&apos;s reviews and new cards are done.
      {data.nextDueAt ? ` The next card is due ${formatNextDue(data.nextDueAt, timeZone)} (${timeZone}).` : ""}
    </p>
  );
}

export function Dashboard({ user, data }: { user: SessionUser; data: DashboardData }) {
  const others = roleLinks(user.role);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">
        {data.hasReviewed ? "Welcome back" : "Welcome"}, {user.name ?? user.email}
      </h1>
      <dl className="grid grid-cols-3 gap-4 sm:max-w-xl">
        <Stat label="Due today" value={data.due} testId="due-today" />
        <Stat label="New today" value={data.new} testId="new-today" />
        <Stat label="Streak" value={days(data.streak)} testId="streak" />
      </dl>
      <NextStep data={data} timeZone={user.timeZone} />
      {others.length > 0 && (
        <nav aria-label="Your tools" className="flex flex-wrap gap-3">
          {others.map((l) => (
            <Link key={l.href} href={l.href} className={buttonClass("secondary")}>
              {l.label}
            </Link>
          ))}
        </nav>
      )}
    </div>
  );
}
