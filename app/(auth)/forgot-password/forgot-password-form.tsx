"use client";
import { formText } from "@/components/ui/form-text";
import Link from "next/link";
import { StatusAlert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useApiForm } from "@/components/ui/use-api-form";
import { requestPasswordResetEp } from "@/lib/api/routes";

export function ForgotPasswordForm() {
  const { fields, status, setStatus, pending, submit } = useApiForm();

  async function onSubmit(e: React.SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const email = formText(new FormData(e.currentTarget), "email");
    const res = await submit(requestPasswordResetEp, { body: { email } }, "Could not send the link.");
    if (res) setStatus({ kind: "success", text: res.message });
  }

  return (
    <div className="flex flex-col gap-4">
      <StatusAlert status={status} />
      <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
        <TextField label="Email" name="email" type="email" autoComplete="email" required errors={fields.email} />
        <SubmitButton pending={pending} pendingLabel="Sending…">
          Send reset link
        </SubmitButton>
      </form>
      <p className="text-sm">
        Remembered it?{" "}
        <Link href="/sign-in" className="text-brand-600 underline dark:text-brand-100">
          Sign in
        </Link>
      </p>
    </div>
  );
}
