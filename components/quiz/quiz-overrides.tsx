"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { StatusAlert } from "@/components/ui/alert";
import { Button, SubmitButton } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { TextField } from "@/components/ui/field";
import { formText } from "@/components/ui/form-text";
import { useApiForm } from "@/components/ui/use-api-form";
import { api, apiMessage } from "@/lib/api/client";
import { deleteOverrideEp, saveOverrideEp } from "@/lib/api/routes";
import { fromUtcInput, toUtcInput } from "@/lib/quiz/format";
import type { OverrideDto } from "@/lib/quiz/override-schemas";

/** Per-learner accommodations: the list, an add/edit form (by email) and Remove. */
export function QuizOverrides({ quizId, overrides }: { quizId: string; overrides: OverrideDto[] }) {
  const router = useRouter();
  const { fields, status, setStatus, pending, submit } = useApiForm();
  // Editing refills the form; its key remounts the uncontrolled inputs with the row's values.
  const [editing, setEditing] = useState<OverrideDto | null>(null);
  const [formKey, setFormKey] = useState(0);

  async function onSubmit(e: React.SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const body = {
      email: formText(f, "email"),
      timeFactor: Number(formText(f, "timeFactor") || 1),
      extraAttempts: Number(formText(f, "extraAttempts") || 0),
      closesAt: fromUtcInput(formText(f, "overrideClosesAt")),
    };
    const saved = await submit(saveOverrideEp, { params: { quizId }, body }, "Could not save the override.");
    if (!saved) return;
    setStatus({ kind: "success", text: `Saved the override for ${saved.email}.` });
    setEditing(null);
    setFormKey((k) => k + 1);
    router.refresh();
  }

  async function remove(o: OverrideDto) {
    try {
      await api(deleteOverrideEp, { params: { quizId, userId: o.userId } });
      setStatus({ kind: "success", text: `Removed the override for ${o.email}.` });
      router.refresh();
    } catch (err) {
      setStatus({ kind: "error", text: apiMessage(err, "Could not remove the override.") });
    }
  }

  return (
    <div className="flex flex-col gap-4">
      {overrides.length === 0 ? (
        <p className="text-sm">No overrides: every learner takes this quiz under its own settings.</p>
      ) : (
        <DataTable
          rows={overrides.map((o) => ({ ...o, id: o.userId }))}
          columns={[
            { header: "Learner", cell: (o) => o.name ?? o.email },
            {
              header: "Override",
              cell: (o) =>
                [
                  `× ${o.timeFactor} time`,
                  `${o.extraAttempts} extra attempt${o.extraAttempts === 1 ? "" : "s"}`,
                  o.closesAt ? `closes ${toUtcInput(o.closesAt).replace("T", " ")} UTC` : null,
                ]
                  .filter(Boolean)
                  .join(" · "),
            },
            {
              header: "",
              cell: (o) => (
                <div className="flex flex-wrap gap-1">
                  <Button
                    variant="ghost"

                    onClick={() => {
                      setEditing(o);
                      setFormKey((k) => k + 1);
                    }}
                  >
                    Edit<span className="sr-only"> override for {o.email}</span>
                  </Button>
                  <Button variant="ghost" onClick={() => void remove(o)}>
                    Remove<span className="sr-only"> override for {o.email}</span>
                  </Button>
                </div>
              ),
            },
          ]}
        />
      )}
      <form key={formKey} onSubmit={onSubmit} className="flex flex-col gap-3" noValidate aria-label="Learner override">
        <StatusAlert status={status} />
        <TextField
          label="Learner's email"
          name="email"
          type="email"
          required
          defaultValue={editing?.email ?? ""}
          errors={fields.email}
        />
        <div className="grid gap-3 sm:grid-cols-3">
          <TextField
            label="Time factor"
            name="timeFactor"
            type="number"
            min={1}
            max={10}
            step={0.05}
            defaultValue={editing?.timeFactor ?? 1.5}
            hint="1.5 gives 15 minutes for 10."
            errors={fields.timeFactor}
          />
          <TextField
            label="Extra attempts"
            name="extraAttempts"
            type="number"
            min={0}
            max={100}
            defaultValue={editing?.extraAttempts ?? 0}
            errors={fields.extraAttempts}
          />
          <TextField
            label="Closes for them (UTC)"
            name="overrideClosesAt"
            type="datetime-local"
            defaultValue={toUtcInput(editing?.closesAt ?? null)}
            hint="Empty: the quiz's close."
            errors={fields.closesAt}
          />
        </div>
        <div>
          <SubmitButton pending={pending} pendingLabel="Saving…">
            {editing ? "Save override" : "Add override"}
          </SubmitButton>
        </div>
      </form>
    </div>
  );
}
