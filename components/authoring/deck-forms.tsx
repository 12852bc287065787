"use client";
import { formText } from "@/components/ui/form-text";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { StatusAlert } from "@/components/ui/alert";
import { SaveSettingsButton, SubmitButton } from "@/components/ui/button";
import type { AuthorDeckSummaryDto } from "@/lib/authoring/schemas";
import { createDeckEp, updateDeckEp } from "@/lib/api/routes";
import { TextAreaField, TextField } from "@/components/ui/field";
import { useApiForm } from "@/components/ui/use-api-form";

interface DeckValues {
  title: string;
  description: string;
  chapter: string;
  slug?: string;
}

interface DeckFieldSpec {
  name: keyof DeckValues;
  label: string;
  hint?: string;
  className?: string;
  required?: boolean;
  maxLength?: number;
  multiline?: boolean;
}

/** The deck form's fields in order; `read` takes the same names back out of the submitted form. */
const DECK_FIELDS: DeckFieldSpec[] = [
  { name: "title", label: "Title", required: true, maxLength: 120 },
  { name: "description", label: "Description", maxLength: 2000, multiline: true },
  {
    name: "chapter",
    label: "Chapter",
    hint: "Section number like 4.3; imported GIFT questions without a section get it.",
    className: "max-w-xs",
  },
  {
    name: "slug",
    label: "Slug",
    hint: "Used in learner URLs and by npm run import/export --deck.",
    className: "max-w-md",
  },
];

// A new deck gets its slug from the title; only the settings form edits it.
const shownFields = (withSlug: boolean) => DECK_FIELDS.filter((spec) => withSlug || spec.name !== "slug");

function DeckFields({
  idPrefix,
  values,
  fields,
  withSlug = false,
}: {
  idPrefix: string;
  values: DeckValues;
  fields: Partial<Record<string, string[]>>;
  withSlug?: boolean;
}) {
  return (
    <>
      {shownFields(withSlug).map(({ multiline, ...spec }) => {
        const props = {
          ...spec,
          id: `${idPrefix}-${spec.name}`,
          defaultValue: values[spec.name],
          errors: fields[spec.name],
        };
        return multiline ? <TextAreaField key={spec.name} {...props} /> : <TextField key={spec.name} {...props} />;
      })}
    </>
  );
}

function read(form: HTMLFormElement, withSlug: boolean): DeckValues {
  const f = new FormData(form);
  const body: DeckValues = { title: "", description: "", chapter: "" };
  for (const { name } of shownFields(withSlug)) body[name] = formText(f, name);
  return body;
}

/** Creates a draft deck and opens its editor. */
export function NewDeckForm() {
  const router = useRouter();
  const { fields, status, pending, submit } = useApiForm();
  // The button stays disabled while the editor opens, so a second click cannot make a second deck.
  const [opening, setOpening] = useState(false);

  async function onSubmit(e: React.SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const deck = await submit(createDeckEp, { body: read(e.currentTarget, false) }, "Could not create the deck.");
    if (!deck) return;
    setOpening(true);
    router.push(`/author/decks/${deck.id}`);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-labelledby="new-deck-heading">
      <StatusAlert status={status} />
      <DeckFields idPrefix="new-deck" values={{ title: "", description: "", chapter: "" }} fields={fields} />
      <div>
        <SubmitButton pending={pending || opening} pendingLabel="Creating…">
          Create deck
        </SubmitButton>
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
  const { fields, status, setStatus, pending, submit } = useApiForm();

  async function onSubmit(e: React.SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const options = { params: { deckId: deck.id }, body: read(e.currentTarget, true) };
    if (!(await submit(updateDeckEp, options, "Could not save the deck settings."))) return;
    setStatus({ kind: "success", text: "Deck settings saved." });
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <StatusAlert status={status} />
      <DeckFields idPrefix="deck" values={{ ...deck, chapter: deck.chapter ?? "" }} fields={fields} withSlug />
      <SaveSettingsButton pending={pending} />
    </form>
  );
}
