import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getSessionUser } from "@/lib/auth/session";
import { githubEnabled } from "@/lib/env";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const sp = await searchParams;
  const callbackUrl = safeCallbackPath(sp.callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-bold">Sign in</h1>
      <SignInForm
        callbackUrl={callbackUrl}
        github={githubEnabled()}
        initialError={sp.error}
        retryAfter={Number(sp.retryAfter) || undefined}
        notice={sp.reset === "done" ? "Your password has been changed. Sign in with the new one." : undefined}
      />
    </div>
  );
}
