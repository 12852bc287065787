"use client";
import { formText } from "@/components/ui/form-text";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useApiForm } from "@/components/ui/use-api-form";
import { changePasswordEp } from "@/lib/api/endpoints/account";

export function ChangePasswordForm() {
  const router = useRouter();
  const { fields, status, setStatus, pending, submit } = useApiForm();

  async function onSubmit(e: React.SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const body = { currentPassword: formText(form, "currentPassword"), newPassword: formText(form, "newPassword") };
    const res = await submit(changePasswordEp, { body }, "Could not change the password.");
    if (!res) return;
    formEl.reset();
    setStatus({ kind: "success", text: res.message });
    router.refresh();
  }

  return (
    <section aria-labelledby="password-heading" className="flex flex-col gap-4">
      <h2 id="password-heading" className="text-lg font-semibold">
        Password
      </h2>
      {status && <Alert kind={status.kind}>{status.text}</Alert>}
      <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
        <TextField
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          errors={fields.currentPassword}
        />
        <TextField
          label="New password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          hint="At least 10 characters. Your other devices will be signed out; this one stays signed in."
          errors={fields.newPassword}
        />
        <Button type="submit" disabled={pending}>
          {pending ? "Changing…" : "Change password"}
        </Button>
      </form>
    </section>
  );
}
