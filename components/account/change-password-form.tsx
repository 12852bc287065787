"use client";
import { formText } from "@/components/ui/form-text";
import { useRouter } from "next/navigation";
import { StatusAlert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { NEW_PASSWORD_HINT, PasswordField } from "@/components/ui/field";
import { Section } from "@/components/ui/section";
import { useApiForm } from "@/components/ui/use-api-form";
import { changePasswordEp } from "@/lib/api/routes";

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
    <Section id="password-heading" title="Password" size="lg" className="flex flex-col gap-4">
      <StatusAlert status={status} />
      <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
        <PasswordField current label="Current password" name="currentPassword" errors={fields.currentPassword} />
        <PasswordField
          label="New password"
          name="newPassword"
          hint={`${NEW_PASSWORD_HINT} Your other devices will be signed out; this one stays signed in.`}
          errors={fields.newPassword}
        />
        <SubmitButton pending={pending} pendingLabel="Changing…">
          Change password
        </SubmitButton>
      </form>
    </Section>
  );
}
