"use client";
import { formText } from "@/components/ui/form-text";
import Link from "next/link";
import { signInWith, signInWithPassword } from "@/lib/auth/client-auth";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { safeCallbackPath } from "@/lib/auth/callback-url";

function messageFor(error: string | undefined | null, retryAfter?: number): string | null {
  if (!error) return null;
  if (error === "RateLimited") {
    const minutes = Math.max(1, Math.ceil((retryAfter ?? 900) / 60));
    return `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
  }
  if (error === "CredentialsSignin") return "Wrong email or password.";
  // Sent only when the password was right (lib/auth/options.ts), so it reveals nothing to a guesser.
  if (error === "AccountDisabled") return "This account has been disabled. Ask an administrator to enable it again.";
  return "Sign-in failed. Please try again.";
}

export function SignInForm({
  callbackUrl: requested,
  github,
  initialError,
  retryAfter,
  notice,
}: {
  callbackUrl: string;
  github: boolean;
  initialError?: string;
  retryAfter?: number;
  notice?: string;
}) {
  const router = useRouter();
  // The page already filtered it; the form checks again because it is what navigates.
  const callbackUrl = safeCallbackPath(requested);
  const [error, setError] = useState<string | null>(messageFor(initialError, retryAfter));
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(e.currentTarget);
    const res = await signInWithPassword(formText(form, "email"), formText(form, "password")).catch(() => null);
    setPending(false);
    if (!res || res.error) {
      const after =
        res?.status === 429 ? Number(new URL(window.location.href).searchParams.get("retryAfter")) || 900 : undefined;
      setError(messageFor(res?.status === 429 ? "RateLimited" : (res?.error ?? "error"), after));
      return;
    }
    router.push(callbackUrl);
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-4">
      {error && <Alert>{error}</Alert>}
      {notice && !error && <Alert kind="success">{notice}</Alert>}
      <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
        <TextField label="Email" name="email" type="email" autoComplete="email" required />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
        <Button type="submit" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {github && (
        <Button variant="secondary" type="button" onClick={() => void signInWith("github", callbackUrl)}>
          Sign in with GitHub
        </Button>
      )}
      <p className="text-sm">
        <Link href="/forgot-password" className="text-brand-600 underline dark:text-brand-100">
          Forgot your password?
        </Link>
      </p>
      <p className="text-sm">
        New here?{" "}
        <Link href="/sign-up" className="text-brand-600 underline dark:text-brand-100">
          Create an account
        </Link>
      </p>
    </div>
  );
}
