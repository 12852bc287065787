"use client";
import { formText } from "@/components/ui/form-text";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { LimitField, TimeZoneField } from "./settings-fields";
import { useApiForm } from "@/components/ui/use-api-form";
import { updateSettingsEp } from "@/lib/api/routes";
import type { SettingsInput } from "@/lib/srs/schemas";

/** What the form edits: every settings field, filled. */
type Values = Required<SettingsInput>;

export function SettingsForm({ zones, initial }: { zones: string[]; initial: Values }) {
  const router = useRouter();
  const { fields, status, setStatus, pending, submit } = useApiForm();

  async function onSubmit(e: React.SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const body = {
      name: formText(form, "name"),
      timeZone: formText(form, "timeZone"),
      newCardsPerDay: Number(form.get("newCardsPerDay")),
      reviewsPerDay: Number(form.get("reviewsPerDay")),
    };
    if (!(await submit(updateSettingsEp, { body }, "Could not save."))) return;
    setStatus({ kind: "success", text: "Saved." });
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {status && <Alert kind={status.kind}>{status.text}</Alert>}
      <TextField label="Name" name="name" defaultValue={initial.name} errors={fields.name} />
      <TimeZoneField zones={zones} defaultValue={initial.timeZone} errors={fields.timeZone} />
      <LimitField name="newCardsPerDay" defaultValue={initial.newCardsPerDay} errors={fields.newCardsPerDay} />
      <LimitField name="reviewsPerDay" defaultValue={initial.reviewsPerDay} errors={fields.reviewsPerDay} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
