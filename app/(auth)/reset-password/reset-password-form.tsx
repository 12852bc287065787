"use client";
import { formText } from "@/components/ui/form-text";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useApiForm } from "@/components/ui/use-api-form";
import { resetPasswordEp } from "@/lib/api/endpoints/account";

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
      {status && <Alert kind={status.kind}>{status.text}</Alert>}
      {fields.token && (
        <p className="text-sm">
          <Link href="/forgot-password" className="text-brand-600 underline dark:text-brand-100">
            Request a new link
          </Link>
        </p>
      )}
      <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
        <TextField
          label="New password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          hint="At least 10 characters."
          errors={fields.password}
        />
        <TextField
          label="Repeat the new password"
          name="confirm"
          type="password"
          autoComplete="new-password"
          required
          errors={fields.confirm}
        />
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Set new password"}
        </Button>
      </form>
    </div>
  );
}
