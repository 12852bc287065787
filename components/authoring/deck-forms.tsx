"use client";
import { formText } from "@/components/ui/form-text";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { AuthorDeckSummaryDto } from "@/lib/authoring/schemas";
import type { FieldErrors } from "@/lib/errors";
import { ApiError, api } from "@/lib/api/client";
import { createDeckEp, updateDeckEp } from "@/lib/api/endpoints/authoring";
import { TextAreaField, TextField } from "@/components/ui/field";

interface DeckValues {
  title: string;
  description: string;
  chapter: string;
  slug?: string;
}

function DeckFields({
  idPrefix,
  values,
  fields,
  withSlug,
}: {
  idPrefix: string;
  values: DeckValues;
  fields: FieldErrors;
  withSlug?: boolean;
}) {
  return (
    <>
      <TextField
        id={`${idPrefix}-title`}
        name="title"
        label="Title"
        defaultValue={values.title}
        errors={fields.title}
        required
        maxLength={120}
      />
      <TextAreaField
        id={`${idPrefix}-description`}
        name="description"
        label="Description"
        defaultValue={values.description}
        errors={fields.description}
        maxLength={2000}
      />
      <TextField
        id={`${idPrefix}-chapter`}
        name="chapter"
        label="Chapter"
        hint="Section number like 4.3; imported GIFT questions without a section get it."
        defaultValue={values.chapter}
        errors={fields.chapter}
        className="max-w-xs"
      />
      {withSlug && (
        <TextField
          id={`${idPrefix}-slug`}
          name="slug"
          label="Slug"
          hint="Used in learner URLs and by npm run import/export --deck."
          defaultValue={values.slug}
          errors={fields.slug}
          className="max-w-md"
        />
      )}
    </>
  );
}

function read(form: HTMLFormElement, withSlug: boolean) {
  const f = new FormData(form);
  const body: DeckValues = {
    title: formText(f, "title"),
    description: formText(f, "description"),
    chapter: formText(f, "chapter"),
  };
  if (withSlug) body.slug = formText(f, "slug");
  return body;
}

/** Creates a draft deck and opens its editor. */
export function NewDeckForm() {
  const router = useRouter();
  const [fields, setFields] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setFields({});
    setError(null);
    try {
      const deck = await api(createDeckEp, { body: read(e.currentTarget, false) });
      router.push(`/author/decks/${deck.id}`);
    } catch (err) {
      setFields(err instanceof ApiError ? err.fields : {});
      setError((err as Error).message);
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-labelledby="new-deck-heading">
      {error && <Alert>{error}</Alert>}
      <DeckFields idPrefix="new-deck" values={{ title: "", description: "", chapter: "" }} fields={fields} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create deck"}
        </Button>
      </div>
    </form>
  );
}

export function DeckSettingsForm({
  deck,
}: {
  deck: Pick<AuthorDeckSummaryDto, "id" | "title" | "description" | "chapter" | "slug">;
}) {
  const router = useRouter();
  const [fields, setFields] = useState<FieldErrors>({});
  const [status, setStatus] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setFields({});
    setStatus(null);
    try {
      await api(updateDeckEp, { params: { deckId: deck.id }, body: read(e.currentTarget, true) });
      setStatus({ kind: "success", text: "Deck settings saved." });
      router.refresh();
    } catch (err) {
      setFields(err instanceof ApiError ? err.fields : {});
      setStatus({ kind: "error", text: (err as Error).message });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {status && <Alert kind={status.kind}>{status.text}</Alert>}
      <DeckFields idPrefix="deck" values={{ ...deck, chapter: deck.chapter ?? "" }} fields={fields} withSlug />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save settings"}
        </Button>
      </div>
    </form>
  );
}
