import type { Metadata } from "next";
import Link from "next/link";
import { UsersTable } from "@/components/admin/users-table";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { listUsers } from "@/lib/admin/users";
import { requirePageRole } from "@/lib/auth/page-guards";
import { searchText } from "@/lib/page-input";

export const metadata: Metadata = { title: "Users" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function AdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole("ADMIN", "/admin");
  const sp = await searchParams;
  const q = searchText(one(sp.q).slice(0, 254));
  const page = Math.max(1, Math.min(100_000, Number.parseInt(one(sp.page), 10) || 1));
  const list = await listUsers(user, { q, page, pageSize: 20 });
  const href = (p: number) => `/admin?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Users</h1>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Grant or revoke the instructor role, and disable accounts. A disabled user is signed out at once.{" "}
          <Link href="/admin/audit" className="underline">
            Audit log
          </Link>{" "}
          ·{" "}
          <Link href="/admin/lti" className="underline">
            LTI platforms
          </Link>
        </p>
      </div>
      <form role="search" action="/admin" className="flex flex-wrap items-end gap-2">
        <TextField id="user-search" label="Search by email or name" name="q" type="search" defaultValue={q} />
        <Button type="submit" variant="secondary">
          Search
        </Button>
        {q && (
          <Link href="/admin" className="py-2 text-sm underline">
            Clear
          </Link>
        )}
      </form>
      <p role="status" className="text-sm">
        {list.total} user{list.total === 1 ? "" : "s"}
        {q ? ` matching “${q}”` : ""} · page {list.page} of {list.pages}
      </p>
      <UsersTable users={list.users} currentUserId={user.id} />
      {list.pages > 1 && (
        <nav aria-label="Pages" className="flex gap-3 text-sm">
          {list.page > 1 && (
            <Link href={href(list.page - 1)} className="underline">
              Previous page
            </Link>
          )}
          {list.page < list.pages && (
            <Link href={href(list.page + 1)} className="underline">
              Next page
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
