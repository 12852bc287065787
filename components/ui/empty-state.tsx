import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "./button";

/** What a page says when it has nothing to show: one sentence and the one action that fixes it. */
export function EmptyState({ children, action }: { children: ReactNode; action?: { href: string; label: string } }) {
  return (
    <div
      data-testid="empty-state"
      className="flex flex-col items-start gap-3 rounded-lg border border-dashed border-slate-300 p-4 dark:border-slate-700"
    >
      <p className="text-slate-700 dark:text-slate-300">{children}</p>
      {action && (
        <Link href={action.href} className={buttonClass("primary")}>
          {action.label}
        </Link>
      )}
    </div>
  );
}
