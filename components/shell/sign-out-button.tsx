"use client";

import { signOut } from "@/lib/auth/client-auth";

/** In every page's header; the request is next-auth's sign-out, sent without next-auth/react (lib/auth/client-auth.ts). */
export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut()}
      className="rounded-md px-2 py-1 font-medium hover:bg-slate-100 dark:hover:bg-slate-800"
    >
      Sign out
    </button>
  );
}
