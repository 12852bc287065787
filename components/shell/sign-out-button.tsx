"use client";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/" })}
      className="rounded-md px-2 py-1 font-medium hover:bg-slate-100 dark:hover:bg-slate-800"
    >
      Sign out
    </button>
  );
}
