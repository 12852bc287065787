import type { Metadata } from "next";
import Link from "next/link";
import { AuditTable } from "@/components/admin/audit-table";
import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { listAudit } from "@/lib/audit/list";
import { AUDIT_ACTION_LABELS } from "@/lib/audit/format";
import { AUDIT_ACTIONS, type AuditAction } from "@/lib/audit/schemas";
import { requirePageRole } from "@/lib/auth/page-guards";
import { searchText } from "@/lib/page-input";

export const metadata: Metadata = { title: "Audit log" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** Admins only (the admin layout answers 403 to everyone else): who did what, newest first. */
export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole("ADMIN", "/admin/audit");
  const sp = await searchParams;
  const actor = searchText(one(sp.actor).slice(0, 254));
  const rawAction = one(sp.action);
  const action = (AUDIT_ACTIONS as readonly string[]).includes(rawAction) ? (rawAction as AuditAction) : undefined;
  const page = Math.max(1, Math.min(100_000, Number.parseInt(one(sp.page), 10) || 1));
  const list = await listAudit(user, { ...(actor ? { actor } : {}), ...(action ? { action } : {}), page });
  const href = (p: number) =>
    `/admin/audit?${new URLSearchParams({ ...(actor ? { actor } : {}), ...(action ? { action } : {}), page: String(p) })}`;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Audit log</h1>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Every change made by an admin or instructor: who, what, when, and what it was before and after.{" "}
          <Link href="/admin" className="underline">
            Back to users
          </Link>
        </p>
      </div>
      <form role="search" action="/admin/audit" className="flex flex-wrap items-end gap-2">
        <TextField id="audit-actor" label="Who (email)" name="actor" type="search" defaultValue={actor} />
        <SelectField id="audit-action" label="What" name="action" defaultValue={action ?? ""}>
          <option value="">Any action</option>
          {AUDIT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {AUDIT_ACTION_LABELS[a]}
            </option>
          ))}
        </SelectField>
        <Button type="submit" variant="secondary">
          Filter
        </Button>
        {(actor || action) && (
          <Link href="/admin/audit" className="py-2 text-sm underline">
            Clear
          </Link>
        )}
      </form>
      <p role="status" className="text-sm">
        {list.total} entr{list.total === 1 ? "y" : "ies"} · page {list.page} of {list.pages}
      </p>
      <AuditTable entries={list.entries} />
      {list.pages > 1 && (
        <nav aria-label="Pages" className="flex gap-3 text-sm">
          {list.page > 1 && (
            <Link href={href(list.page - 1)} className="underline">
              Newer
            </Link>
          )}
          {list.page < list.pages && (
            <Link href={href(list.page + 1)} className="underline">
              Older
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
