"use client";
import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export function SignUpForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setError(null);
    setFields({});
    const form = new FormData(e.currentTarget);
    const input = { name: String(form.get("name")), email: String(form.get("email")), password: String(form.get("password")) };
    const res = await fetch("/api/v1/auth/sign-up", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) });
    if (!res.ok) {
      const body = await res.json().catch(() => null);
      setError(body?.error?.message ?? "Could not create the account.");
      setFields(body?.error?.fields ?? {});
      setPending(false);
      return;
    }
    const signedIn = await signIn("credentials", { redirect: false, email: input.email, password: input.password });
    setPending(false);
    if (signedIn?.error) {
      router.push("/sign-in");
      return;
    }
    router.push("/decks");
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-4">
      {error && <Alert>{error}</Alert>}
      <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
        <Field label="Name" name="name" autoComplete="name" required errors={fields.name} />
        <Field label="Email" name="email" type="email" autoComplete="email" required errors={fields.email} />
        <Field label="Password" name="password" type="password" autoComplete="new-password" required hint="At least 10 characters." errors={fields.password} />
        <Button type="submit" disabled={pending}>
          {pending ? "Creating account…" : "Create account"}
        </Button>
      </form>
      <p className="text-sm">
        Already have an account?{" "}
        <Link href="/sign-in" className="text-brand-600 underline dark:text-brand-100">
          Sign in
        </Link>
      </p>
    </div>
  );
}
