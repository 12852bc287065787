"use client";
import { useRouter } from "next/navigation";
import { useSyncExternalStore } from "react";
import { Alert } from "@/components/ui/alert";
import { formText } from "@/components/ui/form-text";
import { Button } from "@/components/ui/button";
import { ErrorText } from "@/components/ui/field";
import { useApiForm } from "@/components/ui/use-api-form";
import { LimitField, TimeZoneField } from "@/components/shell/settings-fields";
import { completeOnboardingEp } from "@/lib/api/routes";
import { timeZoneOptions } from "@/lib/time-zones";

export interface WelcomeDeck {
  id: string;
  title: string;
  questionCount: number;
  checked: boolean;
}

const noSubscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function WelcomeForm({
  decks,
  zones,
  initial,
}: {
  decks: WelcomeDeck[];
  zones: string[];
  initial: { timeZone: string; newCardsPerDay: number };
}) {
  const router = useRouter();
  const { fields, status, pending, submit } = useApiForm();
  // The server cannot know the browser's zone; the first client render swaps it in.
  const guessed = useSyncExternalStore(noSubscribe, browserZone, () => initial.timeZone);

  async function onSubmit(e: React.SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const body = {
      deckIds: form.getAll("deckIds").map(String),
      timeZone: formText(form, "timeZone"),
      newCardsPerDay: Number(form.get("newCardsPerDay")),
    };
    if (!(await submit(completeOnboardingEp, { body }, "Could not save your choices."))) return;
    router.push("/");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-6" noValidate>
      {status && <Alert kind={status.kind}>{status.text}</Alert>}
      <fieldset className="flex flex-col gap-2" aria-describedby="deckIds-error">
        <legend className="mb-1 font-semibold">Decks to study</legend>
        {decks.map((d) => (
          <label key={d.id} className="flex items-start gap-2">
            <input type="checkbox" name="deckIds" value={d.id} defaultChecked={d.checked} className="mt-1" />
            <span>
              {d.title}{" "}
              <span className="text-sm text-slate-600 dark:text-slate-400">({d.questionCount} questions)</span>
            </span>
          </label>
        ))}
        <ErrorText id="deckIds-error" errors={fields.deckIds} />
      </fieldset>
      <LimitField name="newCardsPerDay" defaultValue={initial.newCardsPerDay} errors={fields.newCardsPerDay} />
      <TimeZoneField
        key={guessed}
        zones={timeZoneOptions(guessed, zones)}
        defaultValue={guessed}
        errors={fields.timeZone}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save and go to my dashboard"}
      </Button>
    </form>
  );
}
