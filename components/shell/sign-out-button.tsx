"use client";

/**
 * Sign-out as next-auth's `signOut({ callbackUrl: "/" })` does it (fetch a CSRF token, POST
 * /api/auth/signout, go where it says), without importing next-auth/react: the button is in
 * every page's header, and that client library was ~12 kB (gzip) of every page's JavaScript.
 */
async function signOut(): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/", json: "true" }),
  });
  const { url } = (await res.json().catch(() => ({}))) as { url?: string };
  window.location.href = url ?? "/";
}

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
