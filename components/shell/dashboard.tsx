import Link from "next/link";
import type { SessionUser } from "@/lib/auth/session";
import { buttonClass } from "@/components/ui/button";

export function Dashboard({ user }: { user: SessionUser }) {
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Welcome back, {user.name ?? user.email}</h1>
      <div className="flex flex-wrap gap-3">
        <Link href="/study" className={buttonClass("primary")}>
          Study now
        </Link>
        <Link href="/quizzes" className={buttonClass("secondary")}>
          Take a quiz
        </Link>
        <Link href="/decks" className={buttonClass("secondary")}>
          Browse decks
        </Link>
      </div>
    </div>
  );
}
