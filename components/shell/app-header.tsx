import Link from "next/link";
import { hasRole } from "@/lib/auth/roles";
import { getSessionUser } from "@/lib/auth/session";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";
import { ThemeToggle } from "./theme-toggle";

const ROLE_LABEL = { LEARNER: "Learner", INSTRUCTOR: "Instructor", ADMIN: "Admin" } as const;

export async function AppHeader() {
  const user = await getSessionUser();
  const links = user
    ? [
        { href: "/study", label: "Study" },
        { href: "/quizzes", label: "Quizzes" },
        { href: "/decks", label: "Decks" },
        { href: "/progress", label: "Progress" },
        ...(hasRole(user, "INSTRUCTOR") ? [{ href: "/author", label: "Author" }] : []),
        ...(hasRole(user, "ADMIN") ? [{ href: "/admin", label: "Admin" }] : []),
      ]
    : [];
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight text-brand-700 dark:text-brand-100">
          Layerwise
        </Link>
        {user && <NavLinks links={links} />}
        <div className="ml-auto flex items-center gap-3 text-sm">
          <ThemeToggle />
          {user ? (
            <>
              <span className="hidden sm:inline" data-testid="current-user">
                {user.name ?? user.email}{" "}
                <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-200">
                  {ROLE_LABEL[user.role]}
                </span>
              </span>
              <Link href="/settings" className="underline-offset-4 hover:underline">
                Settings
              </Link>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/sign-in" className="underline-offset-4 hover:underline">
                Sign in
              </Link>
              <Link
                href="/sign-up"
                className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700"
              >
                Sign up
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
