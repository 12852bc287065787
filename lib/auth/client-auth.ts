/**
 * next-auth's browser calls without `next-auth/react` (≈ 12 kB gzip of every page that imported
 * it): the same requests its `signIn` and `signOut` send — a CSRF token from /api/auth/csrf,
 * then a form POST with `json: true`, answered with the URL to go to — and the same result.
 * Safe to import from client components: no server code, no libraries.
 */

async function csrfToken(): Promise<string> {
  const { csrfToken: token } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  return token;
}

async function postForm(path: string, fields: Record<string, string>): Promise<{ res: Response; url?: string }> {
  const res = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...fields, csrfToken: await csrfToken(), json: "true" }),
  });
  const { url } = (await res.json().catch(() => ({}))) as { url?: string };
  return { res, url };
}

export interface SignInResult {
  ok: boolean;
  status: number;
  /** next-auth's error code (e.g. "CredentialsSignin"), null when signed in. */
  error: string | null;
}

/** Signs in with email and password, staying on the page (next-auth's `signIn("credentials", { redirect: false })`). */
export async function signInWithPassword(email: string, password: string): Promise<SignInResult> {
  const { res, url } = await postForm("/api/auth/callback/credentials", {
    email,
    password,
    callbackUrl: window.location.href,
  });
  const error = url ? new URL(url, window.location.origin).searchParams.get("error") : "error";
  return { ok: res.ok && !error, status: res.status, error: res.ok ? error : (error ?? "error") };
}

/** Starts an OAuth sign-in (next-auth's `signIn(provider, { callbackUrl })`): the browser goes to the provider. */
export async function signInWith(provider: string, callbackUrl: string): Promise<void> {
  const { url } = await postForm(`/api/auth/signin/${encodeURIComponent(provider)}`, { callbackUrl });
  window.location.href = url ?? "/sign-in";
}

/** Signs out and goes home (next-auth's `signOut({ callbackUrl: "/" })`). */
export async function signOut(): Promise<void> {
  const { url } = await postForm("/api/auth/signout", { callbackUrl: "/" });
  window.location.href = url ?? "/";
}
