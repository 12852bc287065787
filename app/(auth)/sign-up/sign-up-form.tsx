"use client";
import { formText } from "@/components/ui/form-text";
import Link from "next/link";
import { signInWithPassword } from "@/lib/auth/client-auth";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { StatusAlert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { NEW_PASSWORD_HINT, PasswordField, TextField } from "@/components/ui/field";
import { useApiForm } from "@/components/ui/use-api-form";
import { signUp } from "@/lib/api/routes";

export function SignUpForm() {
  const router = useRouter();
  const { fields, status, pending, submit } = useApiForm();
  const [signingIn, setSigningIn] = useState(false);

  async function onSubmit(e: React.SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const input = {
      name: formText(form, "name"),
      email: formText(form, "email"),
      password: formText(form, "password"),
    };
    if (!(await submit(signUp, { body: input }, "Could not create the account."))) return;
    setSigningIn(true);
    const signedIn = await signInWithPassword(input.email, input.password).catch(() => null);
    setSigningIn(false);
    if (!signedIn || signedIn.error) {
      router.push("/sign-in");
      return;
    }
    router.push("/welcome");
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-4">
      <StatusAlert status={status} />
      <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
        <TextField label="Name" name="name" autoComplete="name" required errors={fields.name} />
        <TextField label="Email" name="email" type="email" autoComplete="email" required errors={fields.email} />
        <PasswordField label="Password" name="password" hint={NEW_PASSWORD_HINT} errors={fields.password} />
        <SubmitButton pending={pending || signingIn} pendingLabel="Creating account…">
          Create account
        </SubmitButton>
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
