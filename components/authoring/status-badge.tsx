import type { AuthorDeckSummaryDto } from "@/lib/authoring/schemas";

/** A deck's publication state at a glance: Draft, Published or Archived. */
export function StatusBadge({ status, archived }: { status: AuthorDeckSummaryDto["status"]; archived?: boolean }) {
  if (archived)
    return (
      <span className="rounded-full bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-800 dark:bg-slate-700 dark:text-slate-100">
        Archived
      </span>
    );
  return status === "PUBLISHED" ? (
    <span className="rounded-full bg-green-100 px-2 py-0.5 text-xs font-medium text-green-900 dark:bg-green-900 dark:text-green-100">
      Published
    </span>
  ) : (
    <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100">
      Draft
    </span>
  );
}
