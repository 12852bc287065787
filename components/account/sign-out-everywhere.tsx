"use client";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useApiForm } from "@/components/ui/use-api-form";
import { signOutEverywhereEp } from "@/lib/api/endpoints/account";

export function SignOutEverywhere() {
  const router = useRouter();
  const { status, pending, submit } = useApiForm();

  async function onClick() {
    if (!(await submit(signOutEverywhereEp, {}, "Could not sign out everywhere."))) return;
    router.replace("/sign-in");
    router.refresh();
  }

  return (
    <section aria-labelledby="sessions-heading" className="flex flex-col gap-3">
      <h2 id="sessions-heading" className="text-lg font-semibold">
        Sessions
      </h2>
      <p id="sessions-hint" className="text-sm text-slate-700 dark:text-slate-300">
        Lost a device or signed in somewhere you should not have? End every session of your account, on every device,
        this one too.
      </p>
      {status && <Alert kind={status.kind}>{status.text}</Alert>}
      <div>
        <Button type="button" variant="danger" onClick={onClick} disabled={pending} aria-describedby="sessions-hint">
          {pending ? "Signing out…" : "Sign out everywhere"}
        </Button>
      </div>
    </section>
  );
}
