import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { getDashboard } from "@/lib/home/dashboard";
import { buttonClass } from "@/components/ui/button";
import { TitledSection } from "@/components/ui/titled-section";
import { Dashboard } from "@/components/shell/dashboard";

export default async function HomePage() {
  const user = await getSessionUser();
  if (user && !user.onboardedAt) redirect("/welcome");
  if (user) return <Dashboard user={user} data={await getDashboard(user)} />;
  return (
    <div className="flex flex-col gap-10">
      <section className="flex flex-col gap-4 py-8">
        <h1 className="text-4xl font-bold tracking-tight">Learn container internals, one layer at a time.</h1>
        <p className="max-w-2xl text-lg text-slate-700 dark:text-slate-300">
          Namespaces and cgroups, LXC and libcontainer, the OCI specs, the Docker Engine&apos;s client, API, daemon,
          containerd, runc and shim, and image layers — studied a few minutes a day with SM-2 spaced repetition, and
          tested with timed chapter quizzes.
        </p>
        <div className="flex gap-3">
          <Link href="/sign-up" className={buttonClass("primary")}>
            Create a free account
          </Link>
          <Link href="/sign-in" className={buttonClass("secondary")}>
            Sign in
          </Link>
        </div>
      </section>
      <TitledSection id="how" title="How it works" hideTitle className="grid gap-4 sm:grid-cols-3">
        {[
          [
            "Study daily",
            "Cards come back just before you would forget them. Grade your recall from 0 to 5 with the keyboard.",
          ],
          [
            "Take timed quizzes",
            "Ten questions per chapter, drawn at random, with the clock kept by the server. Misses go back into your study queue.",
          ],
          [
            "Trust the content",
            "Every question cites its section and explains the answer — and says so where the source text slips.",
          ],
        ].map(([title, text]) => (
          <div key={title} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <h3 className="mb-1 font-semibold">{title}</h3>
            <p className="text-sm text-slate-700 dark:text-slate-300">{text}</p>
          </div>
        ))}
      </TitledSection>
    </div>
  );
}
