"use client";
import { formText } from "@/components/ui/form-text";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { StatusAlert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { NEW_PASSWORD_HINT, PasswordField } from "@/components/ui/field";
import { useApiForm } from "@/components/ui/use-api-form";
import { resetPasswordEp } from "@/lib/api/routes";

export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const { fields, setFields, status, setStatus, pending, submit } = useApiForm();

  async function onSubmit(e: React.SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const password = formText(form, "password");
    if (password !== formText(form, "confirm")) {
      setFields({ confirm: ["The two passwords are not the same"] });
      setStatus({ kind: "error", text: "Check the highlighted fields." });
      return;
    }
    if (!(await submit(resetPasswordEp, { body: { token, password } }, "Could not change the password."))) return;
    router.push("/sign-in?reset=done");
  }

  return (
    <div className="flex flex-col gap-4">
      <StatusAlert status={status} />
      {fields.token && (
        <p className="text-sm">
          <Link href="/forgot-password" className="text-brand-600 underline dark:text-brand-100">
            Request a new link
          </Link>
        </p>
      )}
      <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
        <PasswordField label="New password" name="password" hint={NEW_PASSWORD_HINT} errors={fields.password} />
        <PasswordField label="Repeat the new password" name="confirm" errors={fields.confirm} />
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Set new password
        </SubmitButton>
      </form>
    </div>
  );
}
