"use client";
import { useRouter } from "next/navigation";
import { StatusAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { useApiForm } from "@/components/ui/use-api-form";
import { signOutEverywhereEp } from "@/lib/api/routes";

export function SignOutEverywhere() {
  const router = useRouter();
  const { status, pending, submit } = useApiForm();

  async function onClick() {
    if (!(await submit(signOutEverywhereEp, {}, "Could not sign out everywhere."))) return;
    router.replace("/sign-in");
    router.refresh();
  }

  return (
    <Section id="sessions-heading" title="Sessions" size="lg">
      <p id="sessions-hint" className="text-sm text-slate-700 dark:text-slate-300">
        Lost a device or signed in somewhere you should not have? End every session of your account, on every device,
        this one too.
      </p>
      <StatusAlert status={status} />
      <div>
        <Button type="button" variant="danger" onClick={onClick} disabled={pending} aria-describedby="sessions-hint">
          {pending ? "Signing out…" : "Sign out everywhere"}
        </Button>
      </div>
    </Section>
  );
}
