"use client";
import { formText } from "@/components/ui/form-text";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { useApiForm } from "@/components/ui/use-api-form";
import { updateSettingsEp } from "@/lib/api/endpoints/account";
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
      <SelectField
        label="Time zone"
        name="timeZone"
        defaultValue={initial.timeZone}
        hint="Your study day starts at 04:00 in this zone."
        errors={fields.timeZone}
      >
        {zones.map((z) => (
          <option key={z}>{z}</option>
        ))}
      </SelectField>
      <TextField
        label="New cards per day"
        name="newCardsPerDay"
        type="number"
        min={0}
        max={1000}
        defaultValue={initial.newCardsPerDay}
        errors={fields.newCardsPerDay}
      />
      <TextField
        label="Reviews per day (maximum)"
        name="reviewsPerDay"
        type="number"
        min={1}
        max={10000}
        defaultValue={initial.reviewsPerDay}
        errors={fields.reviewsPerDay}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
