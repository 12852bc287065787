"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { controlClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import type { AdminUserDto, UserPatch } from "@/lib/admin/schemas";
import { api } from "@/lib/api/client";
import { updateUserEp } from "@/lib/api/endpoints/admin";

const ROLE_LABEL = { LEARNER: "Learner", INSTRUCTOR: "Instructor", ADMIN: "Admin" } as const;

/** Users with a role select (Learner/Instructor; Admin shown for admins) and Disable/Enable. */
export function UsersTable({ users, currentUserId }: { users: AdminUserDto[]; currentUserId: string }) {
  const router = useRouter();
  const [rows, setRows] = useState(users);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [seen, setSeen] = useState(users);
  if (seen !== users) {
    // New page or search from the server: show it.
    setSeen(users);
    setRows(users);
  }

  async function update(u: AdminUserDto, patch: UserPatch, done: string) {
    setBusy(u.id);
    setMessage(null);
    try {
      const next = await api(updateUserEp, { params: { userId: u.id }, body: patch });
      setRows((rs) => rs.map((r) => (r.id === u.id ? next : r)));
      setMessage({ ok: true, text: `${u.email}: ${done}` });
      router.refresh();
    } catch (err) {
      setMessage({ ok: false, text: `${u.email}: ${(err as Error).message}` });
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <p role="status" className={`text-sm ${message?.ok === false ? "text-red-700 dark:text-red-400" : ""}`}>
        {message?.text}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Users</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left dark:border-slate-700">
              <th scope="col" className="px-2 py-2">
                User
              </th>
              <th scope="col" className="px-2 py-2">
                Role
              </th>
              <th scope="col" className="px-2 py-2">
                Status
              </th>
              <th scope="col" className="px-2 py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((u) => {
              const self = u.id === currentUserId;
              return (
                <tr key={u.id} className="border-b border-slate-200 dark:border-slate-800">
                  <td className="px-2 py-2">
                    <p className="font-medium">{u.email}</p>
                    <p className="text-xs text-slate-600 dark:text-slate-400">
                      {u.name ?? "—"} · joined {u.createdAt.slice(0, 10)}
                      {u.deckCount ? ` · ${u.deckCount} deck${u.deckCount === 1 ? "" : "s"}` : ""}
                    </p>
                  </td>
                  <td className="px-2 py-2">
                    <label htmlFor={`role-${u.id}`} className="sr-only">
                      Role of {u.email}
                    </label>
                    <select
                      id={`role-${u.id}`}
                      value={u.role}
                      disabled={self || busy === u.id}
                      aria-describedby={self ? "self-note" : undefined}
                      onChange={(e) =>
                        update(
                          u,
                          { role: e.target.value as AdminUserDto["role"] },
                          `role set to ${ROLE_LABEL[e.target.value as AdminUserDto["role"]]}`,
                        )
                      }
                      className={`${controlClass} w-auto`}
                    >
                      <option value="LEARNER">Learner</option>
                      <option value="INSTRUCTOR">Instructor</option>
                      {u.role === "ADMIN" && <option value="ADMIN">Admin</option>}
                    </select>
                  </td>
                  <td className="px-2 py-2">
                    {u.disabled ? (
                      <span className="rounded-full bg-red-100 px-2 py-0.5 text-xs font-medium text-red-900 dark:bg-red-900 dark:text-red-100">
                        Disabled
                      </span>
                    ) : (
                      <span className="rounded-full bg-green-100 px-2 py-0.5 text-xs font-medium text-green-900 dark:bg-green-900 dark:text-green-100">
                        Active
                      </span>
                    )}
                  </td>
                  <td className="px-2 py-2 text-right">
                    {self ? (
                      <span id="self-note" className="text-xs text-slate-600 dark:text-slate-400">
                        This is you: you cannot demote or disable yourself.
                      </span>
                    ) : (
                      <Button
                        variant={u.disabled ? "secondary" : "danger"}
                        className="px-3 py-1"
                        disabled={busy === u.id}
                        onClick={() => update(u, { disabled: !u.disabled }, u.disabled ? "enabled" : "disabled")}
                        aria-label={`${u.disabled ? "Enable" : "Disable"} ${u.email}`}
                      >
                        {u.disabled ? "Enable" : "Disable"}
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
