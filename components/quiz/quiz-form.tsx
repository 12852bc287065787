"use client";
import { useState } from "react";
import { formText } from "@/components/ui/form-text";
import { useRouter } from "next/navigation";
import { StatusAlert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { useApiForm } from "@/components/ui/use-api-form";
import type { ApiBody } from "@/lib/api/client";
import { createQuizEp } from "@/lib/api/routes";
import { fromUtcInput } from "@/lib/quiz/format";
import { QuizWindowFields } from "./quiz-window-fields";
import type { PoolSuggestions } from "@/lib/quiz/pool-schemas";
import { PoolFields, poolsBody, type PoolDraft } from "./pool-fields";

/** The quiz's numeric settings, in form order; names are the form's, bounds are the inputs' hints to the browser. */
const NUMBER_FIELDS = [
  { label: "Questions drawn per attempt", name: "questionCount", min: 1, max: 100, defaultValue: 10 },
  { label: "Time limit (minutes)", name: "timeLimitMinutes", min: 0.5, step: 0.5, defaultValue: 10 },
  { label: "Attempts allowed", name: "attemptsAllowed", min: 1, max: 100, defaultValue: 3 },
  { label: "Pass mark (%)", name: "passMarkPercent", min: 0, max: 100, defaultValue: 70 },
] as const;

export function QuizForm({
  decks,
  suggestions = {},
}: {
  decks: { id: string; title: string }[];
  suggestions?: Record<string, PoolSuggestions>;
}) {
  const router = useRouter();
  const { fields, setFields, status, setStatus, pending, submit } = useApiForm();
  const [deckId, setDeckId] = useState(decks[0]?.id ?? "");
  const [pools, setPools] = useState<PoolDraft[]>([]);

  async function onSubmit(e: React.SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const body = {
      deckId: formText(f, "deckId"),
      title: formText(f, "title"),
      // Ignored with pools (the field is hidden): the server stores the pools' sum.
      questionCount: pools.length ? 1 : Number(f.get("questionCount")),
      timeLimitSeconds: Math.round(Number(f.get("timeLimitMinutes")) * 60),
      attemptsAllowed: Number(f.get("attemptsAllowed")),
      passMarkPercent: Number(f.get("passMarkPercent")),
      shuffle: f.get("shuffle") === "on",
      // A select of the enum's values; the server still rejects anything else.
      showAnswers: formText(f, "showAnswers") as ApiBody<typeof createQuizEp>["showAnswers"],
      opensAt: fromUtcInput(formText(f, "opensAt")),
      closesAt: fromUtcInput(formText(f, "closesAt")),
      pools: poolsBody(pools) as ApiBody<typeof createQuizEp>["pools"],
    };
    if (!(await submit(createQuizEp, { body }, "Could not create the quiz."))) {
      // The API names the limit in seconds; the form asks for minutes.
      setFields((f) => (f.timeLimitSeconds ? { ...f, timeLimitMinutes: f.timeLimitSeconds } : f));
      return;
    }
    setPools([]);
    setStatus({ kind: "success", text: "Quiz created." });
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
      <StatusAlert status={status} />
      <SelectField
        id="quiz-deck"
        label="Deck"
        name="deckId"
        value={deckId}
        onChange={(e) => setDeckId(e.target.value)}
        errors={fields.deckId}
      >
        {decks.map((d) => (
          <option key={d.id} value={d.id}>
            {d.title}
          </option>
        ))}
      </SelectField>
      <TextField label="Title" name="title" required errors={fields.title} />
      <PoolFields
        pools={pools}
        onChange={setPools}
        suggestions={suggestions[deckId] ?? { tags: [], sections: [] }}
        errors={fields}
      />
      {NUMBER_FIELDS.filter((spec) => !(pools.length && spec.name === "questionCount")).map((spec) => (
        <TextField key={spec.name} {...spec} type="number" errors={fields[spec.name]} />
      ))}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="shuffle" defaultChecked /> Shuffle questions and options
      </label>
      <SelectField
        id="quiz-show"
        label="Show right answers"
        name="showAnswers"
        defaultValue="AFTER_EACH_ATTEMPT"
        errors={fields.showAnswers}
      >
        <option value="AFTER_EACH_ATTEMPT">After each attempt</option>
        <option value="AFTER_LAST_ATTEMPT">After the last attempt</option>
        <option value="NEVER">Never</option>
      </SelectField>
      <QuizWindowFields fields={fields} />
      <SubmitButton pending={pending} pendingLabel="Creating…">
        Create quiz
      </SubmitButton>
    </form>
  );
}
