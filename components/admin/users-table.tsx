"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { ConfirmDialog } from "@/components/admin/confirm-dialog";
import { controlClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { TableHead } from "@/components/ui/table-head";
import type { AdminUserDto, UserPatch } from "@/lib/admin/schemas";
import { api } from "@/lib/api/client";
import { updateUserEp } from "@/lib/api/routes";

type Role = AdminUserDto["role"];
const ROLE_LABEL = { LEARNER: "Learner", INSTRUCTOR: "Instructor", ADMIN: "Admin" } as const;
type Confirm = { kind: "role"; user: AdminUserDto; to: Role } | { kind: "disable"; user: AdminUserDto };

/**
 * Users with a role select (Learner/Instructor; Admin shown for admins) and Disable/Enable.
 * Choosing a role only picks it: an arrow key on a focused select fires change events, so the
 * change is made by "Change role" and a confirmation naming the user and old → new role.
 * Disabling asks too; enabling does not, since it takes nothing away.
 */
export function UsersTable({ users, currentUserId }: { users: AdminUserDto[]; currentUserId: string }) {
  const router = useRouter();
  const [rows, setRows] = useState(users);
  const [picked, setPicked] = useState<Record<string, Role>>({});
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [seen, setSeen] = useState(users);
  // "Change role" is disabled again once saved; focus goes back to the select (enabled again
  // only after the render that clears busy) so a keyboard user stays on the row.
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    if (busy !== null || !refocus.current) return;
    document.getElementById(`role-${refocus.current}`)?.focus();
    refocus.current = null;
  });
  if (seen !== users) {
    // New page or search from the server: show it.
    setSeen(users);
    setRows(users);
    setPicked({});
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
      setPicked(({ [u.id]: _, ...rest }) => rest);
    }
  }

  function confirmed() {
    const c = confirm;
    setConfirm(null);
    if (c?.kind === "role") {
      refocus.current = c.user.id;
      void update(c.user, { role: c.to }, `role set to ${ROLE_LABEL[c.to]}`);
    }
    if (c?.kind === "disable") void update(c.user, { disabled: true }, "disabled");
  }

  function cancelled() {
    if (confirm?.kind === "role") setPicked(({ [confirm.user.id]: _, ...rest }) => rest);
    setConfirm(null);
  }

  return (
    <div className="flex flex-col gap-3">
      <p role="status" className={`text-sm ${message?.ok === false ? "text-red-700 dark:text-red-400" : ""}`}>
        {message?.text}
      </p>
      <div className="relative overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Users</caption>
          <TableHead headers={["User", "Role", "Status", { hidden: "Actions" }]} />
          <tbody>
            {rows.map((u) => {
              const self = u.id === currentUserId;
              const choice = picked[u.id] ?? u.role;
              const pending = choice !== u.role;
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
                    <div className="flex flex-wrap items-center gap-2">
                      <label htmlFor={`role-${u.id}`} className="sr-only">
                        Role of {u.email}
                      </label>
                      <select
                        id={`role-${u.id}`}
                        value={choice}
                        disabled={self || busy === u.id}
                        aria-describedby={self ? "self-note" : pending ? `role-note-${u.id}` : undefined}
                        onChange={(e) => setPicked((p) => ({ ...p, [u.id]: e.target.value as Role }))}
                        className={`${controlClass} w-auto min-w-[8.5rem]`}
                      >
                        <option value="LEARNER">Learner</option>
                        <option value="INSTRUCTOR">Instructor</option>
                        {u.role === "ADMIN" && <option value="ADMIN">Admin</option>}
                      </select>
                      {!self && (
                        <Button
                          variant="secondary"
                          className="px-3 py-1 whitespace-nowrap"
                          disabled={!pending || busy === u.id}
                          onClick={() => setConfirm({ kind: "role", user: u, to: choice })}
                          // Not "Role of …": that is the select's label, and names must not overlap.
                          aria-label={`Change role for ${u.email}`}
                        >
                          Change role
                        </Button>
                      )}
                    </div>
                    {pending && (
                      <p id={`role-note-${u.id}`} className="mt-1 text-xs text-slate-700 dark:text-slate-300">
                        Not saved: {ROLE_LABEL[u.role]} → {ROLE_LABEL[choice]}. Press Change role to confirm.
                      </p>
                    )}
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
                        onClick={() =>
                          u.disabled
                            ? void update(u, { disabled: false }, "enabled")
                            : setConfirm({ kind: "disable", user: u })
                        }
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
      <ConfirmDialog
        open={confirm !== null}
        title={confirm?.kind === "disable" ? "Disable this account?" : "Change this user's role?"}
        confirmLabel={confirm?.kind === "disable" ? "Disable account" : "Change role"}
        danger={confirm?.kind === "disable"}
        onConfirm={confirmed}
        onCancel={cancelled}
      >
        {confirm?.kind === "role" && (
          <p>
            Change the role of <strong>{confirm.user.email}</strong> from{" "}
            <strong>{ROLE_LABEL[confirm.user.role]}</strong> to <strong>{ROLE_LABEL[confirm.to]}</strong>?
          </p>
        )}
        {confirm?.kind === "disable" && (
          <p>
            Disable <strong>{confirm.user.email}</strong>? They are signed out at once and cannot sign in until an admin
            enables the account again.
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}
